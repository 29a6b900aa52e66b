#!/usr/bin/env bash
# Runs an application image's launcher headless, as CI does after `mvn -B -Pinstaller package`:
#   installer/linux/smoke-test.sh target/installer/kg-explorer [target/kg-explorer.jar]
# Checks that `kg-explorer stats` prints the bundled graph's triple count on its first line (the same count as the
# jar gives), that `kg-explorer query -e ...` answers, that JavaFX's native libraries sit in the runtime image, and,
# when a .deb was built beside the image, that the launcher unpacked from it answers too. No display is needed.
set -euo pipefail
image=${1:?usage: smoke-test.sh APP_IMAGE_DIR [JAR]}
jar=${2:-target/kg-explorer.jar}
launcher="$image/bin/kg-explorer"
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

[ -x "$launcher" ] || fail "no launcher at $launcher"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# The whole output is read before taking its first line: `stats | head -n 1` would close the pipe early, and a
# closed stdout is exit 5 by the CLI contract (cli.md), which pipefail turns into a failed smoke test.
first_line() { local out; out=$("$@") || return; printf '%s\n' "${out%%$'\n'*}"; }
first=$(HOME="$home" first_line "$launcher" stats)
[[ "$first" =~ ^triples:\ ([0-9]+)$ ]] || fail "stats printed '$first', not 'triples: N'"
count=${BASH_REMATCH[1]}
[ "$count" -gt 0 ] || fail "stats counted no triples"
if [ -f "$jar" ]; then
  expected=$(first_line java -jar "$jar" stats)
  [ "$first" = "$expected" ] || fail "the launcher says '$first', the jar says '$expected'"
fi
echo "stats: $first"

answer=$(HOME="$home" "$launcher" query --format csv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tr -d '\r\357\273\277')
[ "$(echo "$answer" | sed -n 2p)" = "$count" ] || fail "query answered '$answer', expected the count $count"
ask=$(HOME="$home" "$launcher" query -e 'ASK { ?country a <https://kgexplorer.org/ontology#Country> }')
[ "$ask" = "true" ] || fail "ASK answered '$ask'"
echo "query: answers ($count triples counted, ASK true)"

for lib in libglass.so libglassgtk3.so libprism_es2.so libprism_sw.so libjavafx_font.so; do
  [ -f "$image/lib/runtime/lib/$lib" ] || fail "JavaFX's $lib is not in the runtime image"
done
[ ! -e "$home/.openjfx" ] || fail "something was unpacked into ~/.openjfx"
echo "runtime: JavaFX native libraries in lib/runtime/lib, nothing unpacked into the home folder"

deb=$(ls "$(dirname "$image")"/kg-explorer_*.deb 2>/dev/null | head -n 1 || true)
if [ -n "$deb" ]; then
  root=$(mktemp -d)
  dpkg-deb -x "$deb" "$root"
  debfirst=$(HOME="$home" first_line "$root/opt/kg-explorer/bin/kg-explorer" stats)
  rm -rf "$root"
  [ "$debfirst" = "$first" ] || fail "the launcher from $deb says '$debfirst'"
  echo "deb: $(basename "$deb") unpacks to a launcher that answers"
else
  echo "deb: none built (needs dpkg-deb and fakeroot)"
fi
echo "smoke test passed"
