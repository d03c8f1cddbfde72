#!/usr/bin/env bash
# Chromium for the Slack layout harness (test/layout/), with an emoji font so ✅/⚠ show in
# its screenshots: Debian's packages, installed only when missing (a no-op taking
# milliseconds when present; quiet unless the install fails).
set -euo pipefail
if { command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM:-}" ]; } && [ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then exit 0; fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! $sudo apt-get install -y -q --no-install-recommends chromium fonts-noto-color-emoji >"$log" 2>&1; then
  $sudo apt-get update -q >>"$log" 2>&1 && $sudo apt-get install -y -q --no-install-recommends chromium fonts-noto-color-emoji >>"$log" 2>&1 || { cat "$log" >&2; exit 1; }
fi
rm -f "$log"
