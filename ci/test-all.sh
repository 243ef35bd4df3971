#!/usr/bin/env bash
# The README's test command: install and start the test environment, then run every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

# `npm ci` rejects this lock on npm 11 (optional @unrs/resolver bindings it cannot place); install honours the lock.
npm install --no-audit --no-fund
bash ci/test-env.sh
npm run typecheck
npm run lint
npm run check-dist
PIKACI_TEST_ENV_REQUIRED=1 npm test
