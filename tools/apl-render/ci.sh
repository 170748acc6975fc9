#!/usr/bin/env bash
# Renders every APL screen of the skill (src/main/resources/apl) with every
# screen the skill itself sent in its tests (target/apl-samples, written by
# ScreenSamplesTest during `mvn verify`) on every viewport, bound as Amazon's
# device runtime binds datasources and again as directive.cpp does, and fails
# on render errors, lint findings, a difference between the two bindings,
# missing text or buttons, overflow and clipping.
#
# For CI on a fresh Debian machine with Node 20 and npm, after `mvn -B verify`
# (or `mvn -B -q test -Dtest=ScreenSamplesTest`); run from anywhere:
#   bash tools/apl-render/ci.sh
# Environment:
#   CHROMIUM_PATH   Chromium binary (default /usr/bin/chromium; installed with apt-get if missing)
#   APL_RENDER_OUT  where the PNGs go (default target/screens)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

DOCS=src/main/resources/apl
SAMPLES=target/apl-samples
OUT="${APL_RENDER_OUT:-target/screens}"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

shopt -s nullglob
docs=("$DOCS"/*.json)
shopt -u nullglob
if [ "${#docs[@]}" -eq 0 ]; then
    echo "apl-render: no APL documents in $DOCS; nothing to render"
    exit 0
fi

if [ ! -d "$SAMPLES" ]; then
    echo "apl-render: no samples in $SAMPLES; run mvn -B verify (or mvn -B -q test -Dtest=ScreenSamplesTest) first" >&2
    exit 1
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
# overflow, clipping, truncation, missing text, bad documents, imports, and
# documents that bind differently on a device (the payload-by-name-* fixtures).
node tools/apl-render/render.js --self-test --chromium "$CHROMIUM"

node tools/apl-render/render.js --docs "$DOCS" --samples "$SAMPLES" --out "$OUT" --chromium "$CHROMIUM"
