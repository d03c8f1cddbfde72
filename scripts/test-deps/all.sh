#!/usr/bin/env bash
# Installs and starts what the tests need beyond npm (Debian packages, services), so that
# `npm test` alone passes on a fresh machine. Each other script in this folder handles one
# thing, is idempotent and quiet when already done.
set -euo pipefail
cd "$(dirname "$0")"
for script in *.sh; do
  [ "$script" = all.sh ] && continue
  bash "$script"
done
