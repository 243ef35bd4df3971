/**
 * Exactly what `RawManifestSchema` (./schema.ts) accepts, and the same output, without loading zod:
 * `loadManifest` checks a manifest with this, and only one it refuses loads zod to say why.
 * `__tests__/manifest/check.test.ts` holds the two to the same verdict and output on the Pika
 * manifest and thousands of mutations of it. Change them together.
 */
import type { RawLane, RawManifest } from './schema.js';

type Fields = Record<string, unknown>;

const LANE_KEYS = new Set([
  'id',
  'title',
  'entrypoint',
  'command',
  'paths',
  'concurrency_group',
  'staged_linux_target',
  'target',
  'runs_on',
]);
const GROUP_KEYS = new Set(['lanes']);
const MANIFEST_KEYS = new Set(['version', 'nightly_schedule_utc', 'branch', 'nightly']);

/** zod's object test: any non-null object but an array. */
function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A strict object's key test: zod walks the keys with `for…in`, so this does too. */
function onlyKeys(value: Fields, known: ReadonlySet<string>): boolean {
  for (const key in value) if (!known.has(key)) return false;
  return true;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

function isStringArray(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

const optionalStrings = (value: unknown): boolean => value === undefined || isStringArray(value);

function isLane(value: unknown): value is RawLane {
  return (
    isObject(value) &&
    onlyKeys(value, LANE_KEYS) &&
    isString(value.id) &&
    isString(value.title) &&
    optionalString(value.entrypoint) &&
    optionalStrings(value.command) &&
    optionalStrings(value.paths) &&
    optionalString(value.concurrency_group) &&
    optionalString(value.staged_linux_target) &&
    optionalString(value.target) &&
    (value.runs_on === undefined || isString(value.runs_on) || isStringArray(value.runs_on))
  );
}

/** A lane group as the schema outputs it (`lanes` defaults to []), or undefined when refused. */
function laneGroup(value: unknown): { lanes: RawLane[] } | undefined {
  if (!isObject(value) || !onlyKeys(value, GROUP_KEYS)) return undefined;
  // zod's `.default([])` stands in for a missing value only: null is refused.
  const lanes = value.lanes === undefined ? [] : value.lanes;
  if (!Array.isArray(lanes)) return undefined;
  for (let i = 0; i < lanes.length; i++) if (!isLane(lanes[i])) return undefined;
  return { lanes: lanes as RawLane[] };
}

/** The manifest as `RawManifestSchema` outputs it, or undefined where the schema would refuse it. */
export function checkRawManifest(data: unknown): RawManifest | undefined {
  if (!isObject(data) || !onlyKeys(data, MANIFEST_KEYS)) return undefined;
  // zod's `.int()`: a finite integer within ±(2^53 - 1).
  if (!Number.isSafeInteger(data.version) || !optionalString(data.nightly_schedule_utc)) return undefined;
  const manifest: RawManifest = { version: data.version as number };
  if (data.nightly_schedule_utc !== undefined)
    manifest.nightly_schedule_utc = data.nightly_schedule_utc as string;
  for (const group of ['branch', 'nightly'] as const) {
    if (data[group] === undefined) continue;
    const checked = laneGroup(data[group]);
    if (checked === undefined) return undefined;
    manifest[group] = checked;
  }
  return manifest;
}
