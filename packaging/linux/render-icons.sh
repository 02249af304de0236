#!/usr/bin/env bash
# Renders resources/icons/firstcall.svg into the hicolor PNG sizes committed next to it, so the
# build needs no SVG converter. Run after changing the SVG (needs rsvg-convert: librsvg2-bin).
set -euo pipefail
icons="$(cd "$(dirname "$0")/../../resources/icons" && pwd)"
command -v rsvg-convert >/dev/null || { echo "render-icons: apt install librsvg2-bin" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
    mkdir -p "$icons/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$icons/firstcall.svg" -o "$icons/hicolor/${size}x${size}/apps/firstcall.png"
done
echo "render-icons: wrote $icons/hicolor/NxN/apps/firstcall.png, N = 16 32 48 64 128 256"
