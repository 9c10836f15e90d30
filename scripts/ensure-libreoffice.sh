#!/usr/bin/env bash
# The PowerPoint test converts a deck with LibreOffice Impress (soffice --headless --convert-to pdf).
# CI installs Debian's libreoffice-impress if it is missing (large: about a minute); elsewhere the
# test skips with a message when soffice is absent.
set -euo pipefail
if command -v soffice >/dev/null; then exit 0; fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "soffice: not found; installing Debian's libreoffice-impress with apt-get" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-impress >/dev/null
  exit 0
fi
echo "soffice: not found. Install it with: sudo apt-get install -y libreoffice-impress" >&2
exit 1
