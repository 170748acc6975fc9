#!/usr/bin/env bash
# Renders every APL screen of the skill (src/main/resources/apl) with every
# sample datasource (src/test/resources/apl) on every viewport, and fails on
# render errors, lint findings, missing text, overflow and clipping.
#
# For CI on a fresh Debian machine with Node 20 and npm; run from anywhere:
#   bash tools/apl-render/ci.sh
# Environment:
#   CHROMIUM_PATH   Chromium binary (default /usr/bin/chromium; installed with apt-get if missing)
#   APL_RENDER_OUT  where the PNGs go (default docs/screens)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

DOCS=src/main/resources/apl
SAMPLES=src/test/resources/apl
OUT="${APL_RENDER_OUT:-docs/screens}"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

shopt -s nullglob
docs=("$DOCS"/*.json)
shopt -u nullglob
if [ "${#docs[@]}" -eq 0 ]; then
    echo "apl-render: no APL documents in $DOCS; nothing to render"
    exit 0
fi

if [ ! -x "$CHROMIUM" ]; then
    echo "apl-render: installing Debian's chromium"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

(cd tools/apl-render && npm ci --ignore-scripts --no-audit --no-fund)

# The checker first proves on its own fixtures that it still catches
# overflow, clipping, truncation, missing text, bad documents and imports.
node tools/apl-render/render.js --self-test --chromium "$CHROMIUM"

node tools/apl-render/render.js --docs "$DOCS" --samples "$SAMPLES" --out "$OUT" --chromium "$CHROMIUM"
