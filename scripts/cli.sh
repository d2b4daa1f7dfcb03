#!/usr/bin/env bash
# `npm run cli`: runs the compiled CLI (dist/), building it first when it is missing or older than a source file of
# the apps and libs or a TypeScript config — so users get the fast path (plain Node, no TypeScript loader).
# The JSON result stays alone on stdout; the build's messages go to stderr. Paths are relative to the repository
# root, where npm runs scripts.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
main="$root/dist/apps/cli/src/main.js"
stale() {
  [ ! -f "$main" ] && return 0
  [ "$root/tsconfig.json" -nt "$main" ] || [ "$root/tsconfig.build.json" -nt "$main" ] && return 0
  [ -n "$(find "$root/apps" "$root/libs" -name '*.ts' -not -name '*.spec.ts' -not -path "$root/apps/web/*" \
    -newer "$main" -print -quit)" ]
}
if stale; then
  echo "cli: building (dist/ is missing or older than the sources) …" >&2
  (cd "$root" && npm run -s build) >&2
fi
exec node "$main" "$@"
