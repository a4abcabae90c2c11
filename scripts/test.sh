#!/usr/bin/env bash
# Runs every test from a fresh clone: installs Chromium and the pinned npm tools (Azurite, Adaptive Cards, schema
# validators) when missing, builds, tests, prints a summary.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "Node.js 20 or later is needed (Azurite runs on it): apt-get install -y nodejs npm" >&2
  exit 1
fi

# The dev chat page and card rendering tests drive Debian's Chromium (never a downloaded browser).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium
  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update && sudo apt-get install -y chromium
  else echo "Chromium is needed for the browser tests: apt-get install -y chromium" >&2; exit 1
  fi
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
