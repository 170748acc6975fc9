#!/usr/bin/env bash
# Renders the skill icons from their one source, docs/icon.svg, to the two PNG sizes Alexa asks for.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg).
# Usage: tools/icons/render.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=skill-package/assets/images
mkdir -p "$out"
for size in 108 512; do
  rsvg-convert --width "$size" --height "$size" --format png --background-color '#1b2a4a' \
    --output "$out/icon-$size.png" docs/icon.svg
  echo "$out/icon-$size.png"
done
