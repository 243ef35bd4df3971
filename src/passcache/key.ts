/**
 * The pass key of a lane (README "Skipping lanes that already passed"): a SHA-256 over everything
 * that decides the lane's outcome, so a lane is skipped only when a run with exactly these inputs
 * passed. Each component is hashed on its own — the SHA-256 of its canonical JSON (object keys
 * sorted, arrays in order) — and the digest is the SHA-256 of one `<name> <component sha256>\n` line
 * per component, in the order of `COMPONENT_NAMES`. So `pikaci plan --explain-key` can print each
 * component with its hash, and two keys that differ show which input made them differ.
 *
 * Pure: the caller gathers the inputs (`lane.ts`, `identity.ts`).
 */
import { createHash } from 'node:crypto';
import type { JobSpec, Lane, Placement, RuntimeKind } from '../model/index.js';
import type { SnapshotProfile } from '../snapshot/index.js';

/** Changing what a key covers changes this, so no old key can match a new one. */
export const PASS_KEY_FORMAT = 'pikaci-pass-key/1';
/** The cache key's fixed prefix (`pikaci-pass-v1-<id>-<digest>`). */
export const PASS_KEY_PREFIX = 'pikaci-pass-v1-';
/** The `@actions/cache` limit (node_modules/@actions/cache/lib/cache.js `checkKey`: at most 512, no commas). */
export const MAX_KEY_LENGTH = 512;
const MAX_ID_CHARS = 100;

export const COMPONENT_NAMES = [
  'format',
  'snapshot',
  'lane',
  'target',
  'runtime',
  'environment',
  'action',
  'runner',
] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

/** A runtime's part of a placement (its module's `identity`, README "Adding a runtime"). */
export interface RuntimePartIdentity {
  runtime: RuntimeKind;
  value: unknown;
  summary: string;
  /** The image digest a proving run's jobs of this runtime there must have run on, or null. */
  image_digest: string | null;
}

/** One placement host the lane's jobs use, as far as it can change their outcome. */
export interface PlacementIdentity {
  placement: Placement;
  /** `local`, or `user@host:port` of the SSH host. */
  host: string;
  /** `uname -sm` of a remote host; null for `local` (the `runner` component covers it). */
  system: string | null;
  runtimes: readonly RuntimeKind[];
  /** What each runtime with an identity says of itself there, in `runtimes` order. */
  parts: readonly RuntimePartIdentity[];
}

export interface RuntimeIdentity {
  placements: readonly PlacementIdentity[];
  /** `sha256:` of the repository's `flake.lock` (the pinned Nix inputs staged payloads build from), or null. */
  flake_lock: string | null;
}

export interface ActionIdentity {
  /** The package version (package.json). */
  version: string;
  /** `sha256:` over the code that runs: the bundle's files, or `src/`/`lib/`, and the guest runner script. */
  code: string;
}

export interface PassKeyInputs {
  /** The id asked for: a lane id, or a catalog target id. */
  id: string;
  lane: Lane | null;
  target: {
    id: string;
    description: string;
    filters: readonly string[];
    jobs: readonly JobSpec[];
    maxConcurrentExecutes: number;
  };
  snapshot: {
    contentHash: string;
    profile: SnapshotProfile;
    /** For the explanation only: how many files, and whether local edits counted. */
    files: number;
    includeLocalChanges: boolean;
  };
  runtime: RuntimeIdentity;
  /** The value of each `pass_env` variable of the jobs (null when unset); secrets are never here. */
  environment: Readonly<Record<string, string | null>>;
  action: ActionIdentity;
  runner: { os: string; arch: string };
}

export interface KeyComponent {
  name: ComponentName;
  /** What the component holds, in a line a maintainer can read. */
  summary: string;
  /** The hashed value (canonical JSON of it). */
  value: unknown;
  sha256: string;
}

export interface PassKey {
  /** The cache key: `pikaci-pass-v1-<id>-<digest>`. */
  key: string;
  digest: string;
  id: string;
  components: KeyComponent[];
  /**
   * What a passing run must show before it proves the key (`verifyProof`): the snapshot it ran on,
   * and the image digest each runtime that records one used on each placement.
   */
  expect: {
    contentHash: string;
    imageDigests: ImageDigests;
  };
}

/** Placement → runtime → the image digest its jobs must have run on. */
export type ImageDigests = Partial<Record<Placement, Partial<Record<RuntimeKind, string>>>>;

/** JSON with object keys sorted at every level; `undefined` members are left out, as JSON does. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function component(name: ComponentName, value: unknown, summary: string): KeyComponent {
  return { name, summary, value, sha256: sha256(canonicalJson(value)) };
}

/** The lane entry as loaded, without its line number (moving a lane in the file changes nothing). */
function laneValue(lane: Lane): Omit<Lane, 'line'> {
  const { line: _line, ...rest } = lane;
  return rest;
}

function runtimeSummary(runtime: RuntimeIdentity): string {
  const parts = runtime.placements.map((placement) => {
    const where =
      placement.placement === 'local' ? 'local' : `${placement.host} (${placement.system ?? '?'})`;
    const parts = placement.parts.map((part) => `, ${part.summary}`).join('');
    return `${where}: ${placement.runtimes.join('+')}${parts}`;
  });
  const flake =
    runtime.flake_lock === null ? 'no flake.lock' : `flake.lock ${runtime.flake_lock.slice(7, 19)}`;
  return [...parts, flake].join('; ');
}

export function passKey(inputs: PassKeyInputs): PassKey {
  const { target, snapshot, lane } = inputs;
  const envNames = Object.keys(inputs.environment).sort();
  const components: KeyComponent[] = [
    component('format', PASS_KEY_FORMAT, PASS_KEY_FORMAT),
    component(
      'snapshot',
      { content_hash: snapshot.contentHash, profile: snapshot.profile },
      `sha256:${snapshot.contentHash} (profile ${snapshot.profile}, ${snapshot.files} files, ${snapshot.includeLocalChanges ? 'working tree' : 'HEAD tree'})`,
    ),
    component(
      'lane',
      lane === null ? null : laneValue(lane),
      lane === null ? `none: \`${inputs.id}\` is a catalog target` : `lane \`${lane.id}\` (${lane.title})`,
    ),
    component(
      'target',
      {
        id: target.id,
        description: target.description,
        filters: target.filters,
        jobs: target.jobs,
        max_concurrent_executes: target.maxConcurrentExecutes,
      },
      `\`${target.id}\`: ${target.jobs.length} job(s) ${target.jobs.map((job) => job.id).join(', ')}; ${target.maxConcurrentExecutes} at once`,
    ),
    component('runtime', inputs.runtime, runtimeSummary(inputs.runtime)),
    component(
      'environment',
      inputs.environment,
      envNames.length === 0
        ? 'no pass_env variables'
        : `pass_env ${envNames.map((name) => `${name}${inputs.environment[name] === null ? ' (unset)' : ''}`).join(', ')} (values hashed, not shown)`,
    ),
    component('action', inputs.action, `pikaci-action ${inputs.action.version}, code ${inputs.action.code}`),
    component('runner', inputs.runner, `${inputs.runner.os}/${inputs.runner.arch}`),
  ];
  const digest = sha256(components.map((c) => `${c.name} ${c.sha256}\n`).join(''));
  const key = `${PASS_KEY_PREFIX}${keyId(inputs.id)}-${digest}`;
  const imageDigests: ImageDigests = {};
  for (const placement of inputs.runtime.placements) {
    for (const part of placement.parts) {
      if (part.image_digest === null) continue;
      (imageDigests[placement.placement] ??= {})[part.runtime] = part.image_digest;
    }
  }
  return {
    key,
    digest,
    id: inputs.id,
    components,
    expect: { contentHash: snapshot.contentHash, imageDigests },
  };
}

/** The id as it may appear in a cache key: no commas (or anything else outside `[A-Za-z0-9._-]`), bounded. */
function keyId(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, MAX_ID_CHARS) || 'lane';
}

/** `pikaci plan --explain-key`: the key, then one line per component with its hash and what it holds. */
export function explainPassKey(key: PassKey): string {
  const width = Math.max(...key.components.map((c) => c.name.length));
  const lines = [
    `pass key of \`${key.id}\`: ${key.key}`,
    `digest = sha256 over "<component> <sha256>\\n" lines:`,
    ...key.components.map((c) => `  ${c.name.padEnd(width)}  ${c.sha256}  ${c.summary}`),
  ];
  return `${lines.join('\n')}\n`;
}
