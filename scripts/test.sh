#!/usr/bin/env bash
# Runs every test from a fresh clone: installs the pinned npm tools (Azurite), builds, tests, prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "Node.js 20 or later is needed (Azurite runs on it): apt-get install -y nodejs npm" >&2
  exit 1
fi

if [ ! -d node_modules/azurite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test InterviewCoachBot.sln --configuration Release "$@" 2>&1 | tee "$log" || status=$?

echo
echo "==== Test summary ===="
grep -E '^(Passed|Failed)!| error [A-Z]+[0-9]+:' "$log" | sort -u || true
exit "$status"
