"""Every write route, walked from the OpenAPI document: a NUL byte in any text field or
a far date in any date field is a 422, never a 500 and never stored.

Bodies are generated from each operation's schema (schemathesis); then one value at a
time is spoiled, so each field is tried on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

WRITE = ("POST", "PUT", "PATCH")
FAR = ("0001-01-01T00:00:00Z", "9999-12-31T23:59:59-05:00", "2026-01-05T09:00:00+23:00")
FAR_DAYS = ("0001-01-01", "9999-12-31")
Path = tuple[Any, ...]


def _leaves(value: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))


def _replace(value: Any, path: Path, new: str) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, list):
        return [_replace(v, rest, new) if i == head else v for i, v in enumerate(value)]
    return {k: _replace(v, rest, new) if k == head else v for k, v in value.items()}


def _far_values(text: str) -> tuple[str, ...]:
    try:
        date.fromisoformat(text)
        return FAR_DAYS
    except ValueError:
        pass
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
        return FAR
    except ValueError:
        return ()


def _spoiled(body: Any) -> Iterator[tuple[Path, str, Any]]:
    for path, text in list(_leaves(body))[:12]:
        yield path, "NUL", _replace(body, path, text + "\x00")
        for far in _far_values(text):
            yield path, far, _replace(body, path, far)


def _status(response: Any, path: Path) -> int:
    """The status of the spoiled value: a batch answers per item."""
    if response.status_code == 200 and path[:1] == ("items",):
        return response.json()["items"][path[1]]["status"]
    return response.status_code


def test_spoiled_values_are_422_on_every_write_route(
    client: TestClient, auth: dict
) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    failures: list[str] = []
    tried = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        media = [b.media_type for b in operation.body]
        if operation.method.upper() not in WRITE or "application/json" not in media:
            continue
        tried += 1

        @given(case=operation.as_strategy(media_type="application/json"))
        @settings(
            max_examples=2,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def spoil(case: schemathesis.Case) -> None:
            for path, what, body in _spoiled(case.body):
                response = client.request(
                    case.method,
                    case.formatted_path,
                    json=body,
                    params=case.query,
                    headers=auth["admin"],
                )
                status = _status(response, path)
                assert status == 422, (what, path, response.text[:200])

        try:
            spoil()
        except BaseException as exc:  # every route's failure, then one report
            failures.append(f"{operation.label}: {str(exc)[:400]}")
    assert tried >= 15, "the OpenAPI document lists fewer write routes than expected"
    assert not failures, "\n".join(failures)


def test_nul_in_a_path_or_query_is_422(client: TestClient, auth: dict) -> None:
    for method, url in [
        ("PUT", "/v1/accounts/acme%00"),
        ("GET", "/v1/contacts/ada%00@acme.example/cadence"),
        ("GET", "/v1/me/checks?contact=ada%00@acme.example"),
        ("GET", "/v1/reviews?sender=sam%00@seller.example"),
    ]:
        response = client.request(
            method, url, json={"name": "Acme"}, headers=auth["admin"]
        )
        assert response.status_code == 422, (url, response.text)
        assert "NUL" in response.json()["detail"]
