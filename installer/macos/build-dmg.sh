#!/usr/bin/env bash
# Builds the macOS disk image target/installer/kg-explorer-<version>.dmg, on macOS (not tried yet: see
# installer/README.md). Needs JDK 17 (its jpackage), Maven 3.8+ and the Xcode command line tools (hdiutil,
# codesign). The image is not signed or notarized: Gatekeeper asks the user to confirm the first start
# (right-click the app, Open), until a Developer ID signs it (jpackage --mac-sign).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "build-dmg.sh runs on macOS" >&2; exit 2; }

# The same profile as on Linux: the jlink runtime with JavaFX's macOS jars (Intel or Apple silicon, whichever
# Maven resolves on this Mac), the application image kg-explorer.app, then the .dmg.
mvn -B -Pinstaller package -Dinstaller.type=dmg

# Smoke test: the launcher inside the bundle answers on the command line.
# The whole output first, then its first line: `| head -n 1` would close stdout early, which is exit 5 (cli.md).
out=$(target/installer/kg-explorer.app/Contents/MacOS/kg-explorer stats)
first=${out%%$'\n'*}
[[ "$first" =~ ^triples:\ [0-9]+$ ]] || { echo "stats printed '$first'" >&2; exit 1; }
echo "stats: $first"
ls -l target/installer/*.dmg
