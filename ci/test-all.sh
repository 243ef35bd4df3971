#!/usr/bin/env bash
# The README's test command: install and start the test environment, then run every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Not `npm ci`: with `omit-lockfile-registry-resolved=true` (this machine's npmrc) npm writes no lock
# entries for optional platform packages it skipped, and `npm ci` then reports them missing.
# `npm install` installs what the lock pins and leaves the lock as it is.
npm install --no-audit --no-fund
bash ci/test-env.sh
npm run typecheck
npm run lint
npm run check-dist
PIKACI_TEST_ENV_REQUIRED=1 npm test
