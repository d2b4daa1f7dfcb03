#!/usr/bin/env bash
# Runs every test: unit specs, then integration and end-to-end specs against the PostgreSQL and Redis named by
# DATABASE_URL and REDIS_URL (each run creates its own database and drops it; BullMQ keys get a per-run prefix).
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1
echo "› building (end-to-end tests start the compiled worker)" >&2
npm run -s build || exit 1
echo "› building the web app (the browser tests open it as the API serves it)" >&2
npm run -s build:web || exit 1
mkdir -p .jest
rm -f .jest/unit.json .jest/e2e.json .jest/web.json
echo "› web app: typecheck and component tests (Vitest)" >&2
npm run -s typecheck:web
webtypes=$?
npx vitest run --config apps/web/vite.config.mts --reporter=default --reporter=json --outputFile.json="$PWD/.jest/web.json"
web=$?
npx jest --config test/jest-unit.config.js --json --outputFile=.jest/unit.json "$@"
unit=$?
npx jest --config test/jest-e2e.config.js --runInBand --json --outputFile=.jest/e2e.json "$@"
e2e=$?
node -e '
  let p = 0, f = 0;
  for (const file of [".jest/unit.json", ".jest/e2e.json", ".jest/web.json"]) {
    try { const r = require("./" + file); p += r.numPassedTests; f += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0); }
    catch { f += 1; console.error("no results in " + file); }
  }
  console.log(`${p} passed, ${f} failed`);
'
[ $unit -eq 0 ] && [ $e2e -eq 0 ] && [ $web -eq 0 ] && [ $webtypes -eq 0 ]
