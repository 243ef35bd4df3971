#!/usr/bin/env bash
# The README's test command: install and start the test environment, then run every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
npm run check-lock
bash ci/test-env.sh
npm run typecheck
npm run lint
npm run check-dist
PIKACI_TEST_ENV_REQUIRED=1 npm test
