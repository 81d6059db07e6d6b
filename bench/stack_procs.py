"""The production stack as plain processes on loopback, for `make stack-test` and the
PgBouncer tests: PgBouncer (transaction pooling) in front of the local PostgreSQL,
`guard serve` processes behind nginx, `guard worker` processes, a CRM callback
receiver. Debian's binaries, unprivileged ports, one temp dir; every process started
here is stopped when the `Stack` closes, failures included.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

PGBOUNCER = "/usr/sbin/pgbouncer"
NGINX = "/usr/sbin/nginx"
# Any value but the development default (tests/server.py uses the same).
SECRET = "test-only-secret-not-for-production"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing_binaries() -> list[str]:
    return [b for b in (PGBOUNCER, NGINX) if not os.access(b, os.X_OK)]


def _wait_port(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited: {log.read_text()[-2000:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on {port}: {log.read_text()[-2000:]}")


def _wait_http(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: process exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} never answered 200: {log.read_text()[-2000:]}")


@dataclass
class Stack:
    """Processes started in one temp dir; `close()` stops them all."""

    dir: Path
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def log(self, name: str) -> Path:
        return self.dir / f"{name}.log"

    def start(self, name: str, argv: list[str], env: dict[str, str] | None = None):
        # Output to a file, never an unread pipe; its own process group, so stopping
        # it stops its children (uvicorn's worker processes) too.
        with self.log(name).open("ab") as log:
            proc = subprocess.Popen(
                argv,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.procs[name] = proc
        return proc

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        proc = self.procs[name]
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        proc.wait(15)

    def stop(self, name: str) -> None:
        proc = self.procs.pop(name)
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(15)
        except ProcessLookupError:
            pass
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)

    def close(self) -> None:
        for name in list(self.procs)[::-1]:
            with suppress(Exception):  # stop the rest whatever happens
                self.stop(name)

    # --- the pieces ---------------------------------------------------------------

    def pgbouncer(self, direct_url: str, *, pool_size: int = 20) -> str:
        """PgBouncer in transaction mode in front of `direct_url`'s database; answers
        the SQLAlchemy URL that reaches the same database through it."""
        url = make_url(direct_url)
        port = free_port()
        user = url.username or "postgres"
        conf = self.dir / "pgbouncer"
        conf.mkdir(exist_ok=True)
        (conf / "userlist.txt").write_text(f'"{user}" "{url.password or ""}"\n')
        server = f"host={url.host or '127.0.0.1'} port={url.port or 5432}"
        ini = conf / "pgbouncer.ini"
        ini.write_text(
            f"""[databases]
{url.database} = {server} dbname={url.database} user={user}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = trust
auth_file = {conf / "userlist.txt"}
pool_mode = transaction
default_pool_size = {pool_size}
max_client_conn = 1000
server_reset_query =
ignore_startup_parameters = extra_float_digits
logfile =
pidfile =
"""
        )
        argv = [PGBOUNCER, str(ini)]
        if os.geteuid() == 0:  # PgBouncer refuses to run as root
            os.chmod(self.dir, 0o755)
            os.chmod(conf, 0o755)
            argv[1:1] = ["-u", _unprivileged_user()]
        proc = self.start("pgbouncer", argv)
        _wait_port(port, proc, self.log("pgbouncer"))
        return url.set(port=port, host="127.0.0.1").render_as_string(
            hide_password=False
        )

    def serve(
        self, name: str, url: str, port: int, env: dict[str, str], workers: int = 1
    ) -> str:
        state = self.dir / f"{name}-state"
        state.mkdir(exist_ok=True)
        environ = _guard_env(url, env, GUARD_STATE_DIR=str(state))
        argv = [sys.executable, "-m", "guard", "serve", "--port", str(port)]
        proc = self.start(name, [*argv, "--workers", str(workers)], environ)
        base = f"http://127.0.0.1:{port}"
        _wait_http(f"{base}/readyz", proc, self.log(name))
        return base

    def worker(self, name: str, url: str, env: dict[str, str]) -> None:
        # What `guard worker` runs, without loading every other command's modules.
        run = "from guard.cli.worker import worker; worker(once=False)"
        self.start(name, [sys.executable, "-c", run], _guard_env(url, env))

    def nginx(self, upstream_ports: list[int]) -> str:
        """nginx on a free port, round robin over the API processes; a process that
        refuses connections is skipped and the request tried on the next."""
        port = free_port()
        root = self.dir / "nginx"
        for sub in ("", "body", "proxy"):
            (root / sub).mkdir(exist_ok=True)
            os.chmod(root / sub, 0o777)
        servers = "\n".join(
            f"    server 127.0.0.1:{p} max_fails=1 fail_timeout=2s;"
            for p in upstream_ports
        )
        user = f"user {_unprivileged_user()};" if os.geteuid() == 0 else ""
        conf = root / "nginx.conf"
        conf.write_text(
            f"""{user}
worker_processes 1;
daemon off;
pid {root / "nginx.pid"};
error_log {root / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {root / "body"};
  proxy_temp_path {root / "proxy"};
  fastcgi_temp_path {root / "proxy"};
  uwsgi_temp_path {root / "proxy"};
  scgi_temp_path {root / "proxy"};
  client_max_body_size 20m;
  upstream guard {{
{servers}
    keepalive 64;
  }}
  server {{
    listen 127.0.0.1:{port};
    location / {{
      proxy_pass http://guard;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }}
  }}
}}
"""
        )
        proc = self.start("nginx", [NGINX, "-c", str(conf), "-p", str(root)])
        _wait_port(port, proc, self.log("nginx"))
        return f"http://127.0.0.1:{port}"


def _unprivileged_user() -> str:
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("no unprivileged user to run PgBouncer as")


def _guard_env(url: str, env: dict[str, str], **more: str) -> dict[str, str]:
    return {
        **os.environ,
        "GUARD_ENV": "test",
        "GUARD_SECRET_KEY": SECRET,
        "GUARD_DATABASE_URL": url,
        **env,
        **more,
    }


@contextmanager
def stack(prefix: str = "guard-stack-") -> Iterator[Stack]:
    import tempfile

    root = Path(tempfile.mkdtemp(prefix=prefix))
    running = Stack(root)
    try:
        yield running
    finally:
        running.close()
        if os.environ.get("GUARD_STACK_KEEP_LOGS"):
            print(f"logs kept in {root}", file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)


@contextmanager
def fresh_database(server_url: str, name: str) -> Iterator[str]:
    """A database created for the run and dropped after it (connections and all)."""
    admin = create_engine(
        make_url(server_url).set(database="postgres"),
        isolation_level="AUTOCOMMIT",
        poolclass=NullPool,
    )
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield (
            make_url(server_url)
            .set(database=name)
            .render_as_string(hide_password=False)
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
