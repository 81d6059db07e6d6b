#!/usr/bin/env bash
# Installs the Debian packages the tests (or, with `bench`, the benchmarks) need when
# they are missing.
set -euo pipefail
need=()
if [ "${1:-test}" = bench ]; then
  # The HTTP benchmarks load the server with wrk from a second process.
  command -v wrk >/dev/null 2>&1 || need+=(wrk)
else
  command -v pg_isready >/dev/null 2>&1 || need+=(postgresql-client)
  # `make stack-test` and tests/faults/test_pgbouncer.py: the pooler and the reverse
  # proxy, run as plain processes on loopback (their Debian services never start).
  [ -x /usr/sbin/pgbouncer ] || need+=(pgbouncer)
  [ -x /usr/sbin/nginx ] || need+=(nginx-light)
fi
if [ "${1:-test}" = test ]; then
  # The browser tests drive Debian's Chromium (tests/browser), not a downloaded build.
  [ -x /usr/bin/chromium ] || need+=(chromium)
fi
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${need[*]} (run as root, or install them with apt-get)" >&2
  exit 0
fi
echo "installing Debian packages: ${need[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
