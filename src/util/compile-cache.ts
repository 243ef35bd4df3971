/**
 * Node's on-disk compile cache for the bundled entry points (docs/design.md "Bundling notes"): the
 * second start of the CLI or the action reuses V8's compiled code instead of compiling the bundle's
 * chunks again. `module.enableCompileCache` exists from Node 22.1; on an older runtime, or when the
 * cache cannot be used (a read-only directory, `NODE_DISABLE_COMPILE_CACHE`), this does nothing:
 * a cache is never a reason to fail.
 */
import * as nodeModule from 'node:module';
import { join } from 'node:path';

type EnableCompileCache = (directory?: string) => unknown;

/**
 * Where the cache lives. On a self-hosted runner (`RUNNER_ENVIRONMENT=self-hosted`) the runner's tool
 * cache (`RUNNER_TOOL_CACHE`) outlives the job, so later jobs start warm; elsewhere, Node's default
 * (`NODE_COMPILE_CACHE`, else a directory under the temporary directory). Pure.
 */
export function compileCacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  const toolCache = env['RUNNER_TOOL_CACHE'];
  if (env['RUNNER_ENVIRONMENT'] === 'self-hosted' && toolCache)
    return join(toolCache, 'pikaci-action', 'node-compile-cache');
  return undefined;
}

/** Turn the compile cache on where the runtime has it; never throws. */
export function enableCompileCache(
  env: NodeJS.ProcessEnv = process.env,
  moduleApi: { enableCompileCache?: EnableCompileCache } = nodeModule as {
    enableCompileCache?: EnableCompileCache;
  },
): void {
  const enable = moduleApi.enableCompileCache;
  if (typeof enable !== 'function') return;
  try {
    const directory = compileCacheDirectory(env);
    if (directory === undefined) enable();
    else enable(directory);
  } catch {
    // Node reports a cache it cannot use in the returned status, not by throwing; stay safe anyway.
  }
}
