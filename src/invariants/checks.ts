/**
 * The mechanical checks behind `invariants/invariants.toml`. Each takes the tree and data it inspects
 * as arguments, so tests can point it at a deliberately broken copy.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { z } from '../schema/index.js';
import { bindManifest, loadCatalog, manifestOptionsFor, type Catalog } from '../catalog/index.js';
import { loadManifest, type Manifest } from '../manifest/index.js';
import { errorMessage } from '../util/index.js';

export interface CheckContext {
  /** Repository root; `sourceDir`, `catalogPath` and `manifestPath` are resolved against it. */
  root: string;
  sourceDir: string;
  catalogPath: string;
  manifestPath: string;
  /** The JobSpec schema to inspect (the model's own unless a test passes another). */
  jobSpecSchema: z.ZodType;
}

export interface CheckResult {
  ok: boolean;
  details: string[];
}

export type Check = (ctx: CheckContext) => Promise<CheckResult>;

const result = (details: string[]): CheckResult => ({ ok: details.length === 0, details });

async function loadSubjects(ctx: CheckContext): Promise<{ catalog: Catalog; manifest: Manifest }> {
  const catalog = await loadCatalog(resolve(ctx.root, ctx.catalogPath));
  const manifest = await loadManifest(resolve(ctx.root, ctx.manifestPath), manifestOptionsFor(catalog));
  return { catalog, manifest };
}

/** The catalog loads and validates, and the manifest loads against it (every lane names a known target). */
export const catalogValid: Check = async (ctx) => {
  try {
    await loadSubjects(ctx);
    return result([]);
  } catch (error) {
    return result([errorMessage(error)]);
  }
};

/**
 * PIKACI-003: each staged target takes its filters from exactly one branch lane, and no static target
 * filter list repeats a branch lane's paths.
 */
export const stagedTargetsBound: Check = async (ctx) => {
  let subjects: { catalog: Catalog; manifest: Manifest };
  try {
    subjects = await loadSubjects(ctx);
  } catch (error) {
    return result([errorMessage(error)]);
  }
  const { catalog, manifest } = subjects;
  const details: string[] = [];
  const lanesByTarget = new Map<string, string[]>();
  for (const lane of manifest.branch) {
    if (lane.target !== null && catalog.stagedTargets.has(lane.target)) {
      lanesByTarget.set(lane.target, [...(lanesByTarget.get(lane.target) ?? []), lane.id]);
    }
  }
  for (const id of catalog.stagedTargets.keys()) {
    const lanes = lanesByTarget.get(id) ?? [];
    if (lanes.length === 0)
      details.push(`staged target \`${id}\` is bound by no branch lane in ${ctx.manifestPath}`);
    if (lanes.length > 1)
      details.push(`staged target \`${id}\` is bound by ${lanes.length} branch lanes: ${lanes.join(', ')}`);
  }
  if (details.length === 0) bindManifest(catalog, manifest);
  const laneSets = manifest.branch
    .filter((lane) => lane.paths.length > 0)
    .map((lane) => ({ id: lane.id, key: [...new Set(lane.paths)].sort().join('\n') }));
  for (const target of catalog.targets.values()) {
    if (target.filters.length === 0) continue;
    const key = [...new Set(target.filters)].sort().join('\n');
    const twin = laneSets.find((lane) => lane.key === key);
    if (twin)
      details.push(
        `target \`${target.id}\` repeats the path filters of branch lane \`${twin.id}\`; bind it to that lane instead`,
      );
  }
  return result(details);
};

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

interface SourceLine {
  file: string;
  line: number;
  text: string;
}

async function* sourceLines(ctx: CheckContext): AsyncGenerator<SourceLine> {
  const dir = resolve(ctx.root, ctx.sourceDir);
  for (const path of await sourceFiles(dir)) {
    const lines = (await readFile(path, 'utf8')).split('\n');
    for (const [index, text] of lines.entries())
      yield { file: relative(ctx.root, path), line: index + 1, text };
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** PIKACI-002: no source file names a target, job or staged prepare prefix of the catalog. */
export const noCatalogIdsInSource: Check = async (ctx) => {
  let catalog: Catalog;
  try {
    catalog = await loadCatalog(resolve(ctx.root, ctx.catalogPath));
  } catch (error) {
    return result([errorMessage(error)]);
  }
  const ids = new Set<string>([...catalog.targets.keys(), ...catalog.jobs.keys()]);
  for (const target of catalog.stagedTargets.values())
    if (target.staged) ids.add(target.staged.prepare_node_prefix);
  if (ids.size === 0) return result([]);
  const sorted = [...ids].sort((a, b) => b.length - a.length).map(escapeRegex);
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])(${sorted.join('|')})(?![A-Za-z0-9_-])`);
  const details: string[] = [];
  for await (const { file, line, text } of sourceLines(ctx)) {
    const match = pattern.exec(text);
    if (match) details.push(`${file}:${line}: names catalog id \`${match[1]}\``);
  }
  return result(details);
};

/** PIKACI-004: code shapes that would choose a backend from an id or a command instead of JobSpec fields. */
export const ID_HEURISTICS: ReadonlyArray<{ pattern: RegExp; why: string }> = [
  {
    pattern: /\.id\s*\.\s*(startsWith|endsWith|includes|match|search|indexOf|split)\s*\(/,
    why: 'inspects an id',
  },
  { pattern: /\.(test|exec)\(\s*[\w$.]*\.id\s*\)/, why: 'runs a regex over an id' },
  {
    pattern:
      /\b(startsWith|endsWith|includes)\(\s*['"`](tart|incus|lxc|pre-merge|staged|android|ios|apple|host|remote|local)[-_:]/,
    why: 'tests a backend-like name prefix',
  },
  {
    pattern:
      /\b(command|guest_command|argv)\b[\w$.[\]]*\s*\.\s*(startsWith|endsWith|includes|match)\(\s*['"`/]/,
    why: 'inspects the shape of a command',
  },
];

export const noIdHeuristics: Check = async (ctx) => {
  const details: string[] = [];
  for await (const { file, line, text } of sourceLines(ctx)) {
    for (const { pattern, why } of ID_HEURISTICS) {
      if (pattern.test(text)) details.push(`${file}:${line}: ${why}: ${text.trim()}`);
    }
  }
  return result(details);
};

/** The top-level JobSpec keys; anything else would be a loose backend knob (PIKACI-005). */
export const JOBSPEC_KEYS = [
  'id',
  'description',
  'timeout_secs',
  'writable_workspace',
  'execution',
  'runtime_config',
  'guest_command',
];
/** Optional generic keys: every runtime passes a job its declared secrets and `pass_env` (README "Security"). */
export const OPTIONAL_JOBSPEC_KEYS = ['secrets', 'pass_env'];

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let node: z.ZodType = schema;
  while (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodPipe) {
    node = (node instanceof z.ZodPipe ? node.in : node.unwrap()) as z.ZodType;
  }
  return node instanceof z.ZodObject ? (node.shape as Record<string, z.ZodType>) : undefined;
}

/**
 * PIKACI-004/005: JobSpec has exactly the generic keys, `execution` is exactly {placement, runtime},
 * and every backend knob lives in one runtime_config variant only.
 */
export const jobSpecShape: Check = async (ctx) => {
  const details: string[] = [];
  const shape = objectShape(ctx.jobSpecSchema);
  if (shape === undefined) return result(['JobSpec schema is not an object schema']);
  for (const key of Object.keys(shape)) {
    if (!JOBSPEC_KEYS.includes(key) && !OPTIONAL_JOBSPEC_KEYS.includes(key))
      details.push(
        `JobSpec has a top-level key \`${key}\`; backend settings belong in a runtime_config variant`,
      );
  }
  for (const key of JOBSPEC_KEYS) if (!(key in shape)) details.push(`JobSpec lacks \`${key}\``);
  const execution = shape.execution ? objectShape(shape.execution) : undefined;
  const executionKeys = execution ? Object.keys(execution).sort().join(',') : '';
  if (executionKeys !== 'placement,runtime') {
    details.push(`JobSpec.execution must be exactly {placement, runtime}, found {${executionKeys}}`);
  }
  const runtime = shape.runtime_config;
  const variants =
    runtime instanceof z.ZodDiscriminatedUnion ? (runtime.options as readonly z.ZodType[]) : [];
  if (variants.length === 0)
    details.push('JobSpec.runtime_config must be a discriminated union with one variant per runtime');
  const owners = new Map<string, string>();
  for (const variant of variants) {
    const variantShape = objectShape(variant) ?? {};
    const kindSchema = variantShape.kind;
    const kind = kindSchema instanceof z.ZodLiteral ? String([...kindSchema.values][0]) : '?';
    for (const key of Object.keys(variantShape)) {
      if (key === 'kind') continue;
      const owner = owners.get(key);
      if (owner !== undefined)
        details.push(`runtime knob \`${key}\` appears in both \`${owner}\` and \`${kind}\``);
      owners.set(key, kind);
      if (key in shape) details.push(`runtime knob \`${key}\` is also a top-level JobSpec key`);
    }
  }
  return result(details);
};

/** Folders that are the edges: nothing else imports them. */
const EDGE_FOLDERS = ['cli', 'action'];
/** Folders at the bottom of the flow: they import no other area except the shared helpers (util, and schema: zod's one entry). */
const CORE_FOLDERS: Record<string, readonly string[]> = {
  util: [],
  schema: [],
  model: ['util', 'schema'],
  toml: ['util', 'schema'],
};

/**
 * Files another folder may import directly, as the `local/folder-barrels` lint rule allows them
 * (eslint.config.js): the entries' first imports and the catalog's light plan-path entry.
 */
const DIRECT_IMPORTS = ['util/dirname-shim.js', 'util/compile-cache.js', 'catalog/ids.js'];

/** A file's folder, as the lint rule sees it: the deepest directory above it with an index.ts. */
function barrelFolder(sourceRoot: string, dir: string): string {
  for (let at = dir; at.startsWith(sourceRoot) && at !== sourceRoot; at = dirname(at)) {
    if (existsSync(join(at, 'index.ts'))) return at;
  }
  return dir;
}

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Data flows one way: another area is reached only through its index.js, the core areas depend on
 * nothing above them, and no library area imports the CLI or the action.
 */
export const oneWayImports: Check = async (ctx) => {
  const sourceRoot = resolve(ctx.root, ctx.sourceDir);
  const details: string[] = [];
  for (const path of await sourceFiles(sourceRoot)) {
    const fromArea = relative(sourceRoot, path).split(sep)[0]!;
    const fromIsFolder = relative(sourceRoot, path).includes(sep);
    const text = await readFile(path, 'utf8');
    for (const [index, line] of text.split('\n').entries()) {
      for (const match of line.matchAll(IMPORT)) {
        const spec = match[1]!;
        const target = relative(sourceRoot, resolve(dirname(path), spec));
        if (target.startsWith('..')) continue;
        const parts = target.split(sep);
        const toArea = parts[0]!;
        if (parts.length === 1 || toArea === fromArea) continue;
        const where = `${relative(ctx.root, path)}:${index + 1}`;
        const absolute = resolve(dirname(path), spec);
        const fromFolder = barrelFolder(sourceRoot, dirname(path));
        const toFolder = barrelFolder(sourceRoot, dirname(absolute));
        const viaBarrel =
          absolute === join(toFolder, 'index.js') ||
          fromFolder === toFolder ||
          fromFolder.startsWith(toFolder + sep) ||
          DIRECT_IMPORTS.includes(parts.join('/'));
        if (!viaBarrel) {
          details.push(`${where}: imports \`${spec}\`; reach another area only through its index.js`);
        }
        if (fromIsFolder && !EDGE_FOLDERS.includes(fromArea) && EDGE_FOLDERS.includes(toArea)) {
          details.push(`${where}: library area \`${fromArea}\` imports the \`${toArea}\` edge`);
        }
        const allowed = CORE_FOLDERS[fromArea];
        if (allowed !== undefined && !allowed.includes(toArea)) {
          details.push(
            `${where}: core area \`${fromArea}\` imports \`${toArea}\`; it may import only ${allowed.join(', ') || 'nothing'}`,
          );
        }
      }
    }
  }
  return result(details);
};

export const CHECKS: Readonly<Record<string, Check>> = {
  'catalog-valid': catalogValid,
  'staged-targets-bound': stagedTargetsBound,
  'no-catalog-ids-in-source': noCatalogIdsInSource,
  'no-id-heuristics': noIdHeuristics,
  'jobspec-shape': jobSpecShape,
  'one-way-imports': oneWayImports,
};
