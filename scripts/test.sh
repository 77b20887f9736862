#!/usr/bin/env bash
# Install lint-news with its test dependencies into .venv and run ruff, mypy and the test suite.
# Also installs what the real-part tests need (Debian's chromium for the HTML report) when run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! command -v chromium >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
    || echo "scripts/test.sh: could not install chromium; browser tests will say why they cannot run" >&2
fi
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[test]"
.venv/bin/ruff check .
.venv/bin/mypy
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
# pytest exits 5 when it collected no test: that is a failure of this script, not a pass.
exit $status
