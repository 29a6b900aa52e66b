#!/usr/bin/env bash
# Renders kg-explorer.svg into the icon files the installers use; the outputs are committed, so a build needs none of
# these tools. Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils):
#   apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
sizes=(16 24 32 48 64 128 256 512 1024)
for s in "${sizes[@]}"; do
  rsvg-convert -w "$s" -h "$s" kg-explorer.svg -o "kg-explorer-$s.png"
done
# Windows: one .ico with the sizes Explorer, the taskbar and the installer ask for.
convert kg-explorer-16.png kg-explorer-24.png kg-explorer-32.png kg-explorer-48.png kg-explorer-64.png \
        kg-explorer-128.png kg-explorer-256.png kg-explorer.ico
# macOS: an .icns with the 16 to 1024 pixel sizes (png2icns takes the ones it has slots for).
png2icns kg-explorer.icns kg-explorer-16.png kg-explorer-32.png kg-explorer-48.png kg-explorer-128.png \
         kg-explorer-256.png kg-explorer-512.png kg-explorer-1024.png >/dev/null
