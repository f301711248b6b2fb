#!/usr/bin/env bash
# The main job on the bundled samples/: build a store, print the story and write the timeline, then serve
# the web UI on 127.0.0.1. Runs the compiled CLI (`npm ci` builds it through `prepare`).
# Environment: MASAR_PORT (default 8080), MASAR_DEMO_NO_SERVE=1 to stop before serving (used by tests).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f dist/cli/main.js ] || [ -n "$(find src -newer dist/cli/main.js -name '*.ts' -print -quit)" ]; then
  echo "demo: building the CLI (npm run build)"
  npm run --silent build
fi

# Exit status 3 means some inputs were rejected (named on stderr): the demo goes on with the rest.
masar() {
  local status=0
  node bin/masar.js "$@" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    echo "demo: masar $1 failed (exit $status)" >&2
    exit "$status"
  fi
}

mkdir -p out
rm -f out/samples.db out/samples.db-wal out/samples.db-shm

echo "demo: 1/4 building the store out/samples.db from samples/"
masar build --db out/samples.db samples
echo "demo: 2/4 analyzing samples/ -> out/story.json"
masar analyze samples > out/story.json
echo "demo: 3/4 writing the timeline -> out/timeline.html"
masar timeline --db out/samples.db --format html > out/timeline.html

node -e '
const s = JSON.parse(require("fs").readFileSync("out/story.json", "utf8"));
console.log(`demo: the story has ${s.documents.length} documents, ${s.entities.length} entities, ${s.timexes.length} time expressions, ${s.events.length} events`);
for (const e of [...s.events].sort((a, b) => a.date.start.localeCompare(b.date.start)))
  console.log(`  ${e.date.start}${e.date.end ? ".." + e.date.end : ""}  ${e.type}  ${e.labelLatin || e.label}`);
'
echo "demo: open out/timeline.html in a browser for the timeline (works offline)"

if [ "${MASAR_DEMO_NO_SERVE:-}" = "1" ]; then exit 0; fi
echo "demo: 4/4 serving the web UI (Ctrl-C to stop)"
exec node bin/masar.js serve --db out/samples.db --port "${MASAR_PORT:-8080}"
