#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded build). Install it if it is missing.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "chromium: not found at $chrome; installing Debian's chromium with apt-get" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "chromium: not found at $chrome. Install it with: sudo apt-get install -y chromium (or set CHROME_PATH)" >&2
exit 1
