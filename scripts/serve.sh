#!/usr/bin/env bash
# Installs what is missing, then serves the workshop at http://127.0.0.1:8080/ with live reload.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/setup.sh"
cd "$ROOT"
say "serving at http://127.0.0.1:8080/"
exec trunk serve "$@"
