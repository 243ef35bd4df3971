/**
 * `pikaci plan --explain-key <lane>`: the pass key of a lane as `run --skip-if-passed` and the
 * action compute it, each component with its own hash and what it holds, so two keys can be
 * compared component by component (README "Skipping lanes that already passed").
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { HostFlagValues } from '../../hosts/index.js';
import { InputError } from '../../util/index.js';

export interface ExplainKeyFlags extends HostFlagValues {
  catalog?: string;
  manifest?: string;
  repo?: string;
  base?: string;
  head?: string;
  changedFrom?: string;
  lanes?: string;
}

export async function explainKey(
  id: string,
  flags: ExplainKeyFlags,
  format: 'human' | 'json',
): Promise<string> {
  for (const [flag, given] of [
    ['--base', flags.base !== undefined],
    ['--head', flags.head !== undefined],
    ['--changed-from', flags.changedFrom !== undefined],
    ['--lanes', flags.lanes !== undefined],
  ] as const) {
    if (given) {
      throw new InputError(`${flag} cannot be combined with --explain-key`, {
        hint: 'the pass key depends on the tree as it is, not on a diff: drop the flag',
      });
    }
  }
  const { parseHostSettings } = await import('../../hosts/index.js');
  const { loadRunSources } = await import('../../sources/index.js');
  const { resolveLaneRun } = await import('../../run/index.js');
  const { explainPassKey, lanePassKey } = await import('../../passcache/index.js');
  const host = parseHostSettings(flags, process.env);
  const catalog = flags.catalog === undefined ? undefined : resolve(flags.catalog);
  const manifest = flags.manifest === undefined ? undefined : resolve(flags.manifest);
  if (flags.repo !== undefined) process.chdir(resolve(flags.repo));
  const sources = await loadRunSources({ catalog, manifest });
  const laneRun = resolveLaneRun({ id, sources: sources.runnable, env: process.env });
  const { passKey } = await lanePassKey({
    id,
    laneRun,
    sourceRoot: sources.repoRoot,
    includeLocalChanges: sources.includeLocalChanges,
    host,
    env: process.env,
  });
  if (format === 'human') return explainPassKey(passKey);
  return `${JSON.stringify(
    {
      key: passKey.key,
      digest: passKey.digest,
      components: passKey.components.map(({ name, sha256, summary, value }) => ({
        name,
        sha256,
        summary,
        // pass_env values are hashed into the key but not printed: a sha256 of each stands in.
        value: name === 'environment' ? hashedValues(value as Record<string, string | null>) : value,
      })),
    },
    null,
    2,
  )}\n`;
}

function hashedValues(values: Record<string, string | null>): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      value === null ? null : `sha256:${createHash('sha256').update(value).digest('hex')}`,
    ]),
  );
}
