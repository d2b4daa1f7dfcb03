#!/usr/bin/env bash
# The service's main job: install, build, create the database, migrate, seed the reference and demo data,
# then start the API and a matcher worker, run a match for every mobilization arena and leave the API serving.
# Uses DATABASE_URL, REDIS_URL and PORT when set (defaults in .env.example).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
echo "› building" >&2
npm run -s build >&2
echo "› building the web app" >&2
npm run -s build:web >&2
echo "› preparing the database" >&2
node dist/libs/persistence/src/scripts/create-database.js
node dist/libs/persistence/src/scripts/migrate.js
node dist/libs/persistence/src/scripts/seed.js
exec node dist/apps/demo/src/main.js
