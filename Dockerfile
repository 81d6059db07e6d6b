FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY guard ./guard
COPY rules ./rules
COPY models ./models
RUN pip install --no-cache-dir .
EXPOSE 8000
CMD ["guard", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "4"]
