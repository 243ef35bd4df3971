/** `invariants/invariants.toml` → each statement with the result of its mechanical check. */
import { dirname, resolve } from 'node:path';
import { z } from '../schema/index.js';
import { JobSpecSchema } from '../model/index.js';
import { IssueCollector, parseTomlFile, validate } from '../toml/index.js';
import { didYouMean } from '../util/index.js';
import { CHECKS, type CheckContext } from './checks.js';

export const INVARIANTS_PATH = 'invariants/invariants.toml';

const InvariantSchema = z.strictObject({
  id: z.string().min(1),
  area: z.string().min(1),
  kind: z.enum(['must', 'allowed']),
  statement: z.string().min(1),
  scope: z.array(z.string()).default([]),
  hint: z.string().optional(),
  /** Id of the mechanical check in `CHECKS`. */
  check: z.string(),
});
export type Invariant = z.infer<typeof InvariantSchema>;

const InvariantsFileSchema = z.strictObject({
  version: z.literal(1, 'unsupported invariants version; this tool reads `version = 1`'),
  name: z.string().min(1),
  /** What the checks inspect, relative to the repository root. */
  subjects: z.strictObject({ source: z.string(), catalog: z.string(), manifest: z.string() }),
  invariant: z.array(InvariantSchema).min(1),
});

export interface InvariantsFile {
  path: string;
  name: string;
  /** The repository root the subjects are relative to: the parent of the `invariants/` folder. */
  root: string;
  subjects: { source: string; catalog: string; manifest: string };
  invariants: Invariant[];
}

export async function loadInvariants(path: string): Promise<InvariantsFile> {
  const doc = await parseTomlFile(path);
  const raw = validate(InvariantsFileSchema, doc.data, doc);
  const issues = IssueCollector.for(doc);
  const seen = new Set<string>();
  raw.invariant.forEach((invariant, index) => {
    if (seen.has(invariant.id))
      issues.add(['invariant', index, 'id'], `duplicate invariant id \`${invariant.id}\``);
    seen.add(invariant.id);
    if (!(invariant.check in CHECKS)) {
      const hint = didYouMean(invariant.check, Object.keys(CHECKS));
      issues.add(
        ['invariant', index, 'check'],
        `unknown check \`${invariant.check}\`; ${hint ?? `known checks: ${Object.keys(CHECKS).join(', ')}`}`,
      );
    }
  });
  issues.throwIfAny();
  return {
    path,
    name: raw.name,
    root: resolve(dirname(path), '..'),
    subjects: raw.subjects,
    invariants: raw.invariant,
  };
}

export interface InvariantResult {
  id: string;
  kind: Invariant['kind'];
  statement: string;
  check: string;
  ok: boolean;
  details: string[];
}

export interface InvariantsReport {
  file: string;
  catalog: string;
  manifest: string;
  ok: boolean;
  invariants: InvariantResult[];
}

export interface RunInvariantsOptions {
  /** Override the subjects of the file (paths relative to the root, or absolute). */
  catalog?: string | undefined;
  manifest?: string | undefined;
  source?: string | undefined;
  /** The JobSpec schema to inspect; the model's by default. */
  jobSpecSchema?: z.ZodType;
}

export async function runInvariants(
  file: InvariantsFile,
  options: RunInvariantsOptions = {},
): Promise<InvariantsReport> {
  const ctx: CheckContext = {
    root: file.root,
    sourceDir: options.source ?? file.subjects.source,
    catalogPath: options.catalog ?? file.subjects.catalog,
    manifestPath: options.manifest ?? file.subjects.manifest,
    jobSpecSchema: options.jobSpecSchema ?? JobSpecSchema,
  };
  const invariants: InvariantResult[] = [];
  for (const invariant of file.invariants) {
    const outcome = await CHECKS[invariant.check]!(ctx);
    invariants.push({
      id: invariant.id,
      kind: invariant.kind,
      statement: invariant.statement,
      check: invariant.check,
      ...outcome,
    });
  }
  return {
    file: file.path,
    catalog: ctx.catalogPath,
    manifest: ctx.manifestPath,
    ok: invariants.every((entry) => entry.ok),
    invariants,
  };
}

export function renderInvariants(report: InvariantsReport): string {
  const lines = [`${report.file} (catalog ${report.catalog}, manifest ${report.manifest})`];
  for (const entry of report.invariants) {
    lines.push(`${entry.ok ? 'pass' : 'FAIL'}  ${entry.id}  [${entry.check}]  ${entry.statement}`);
    for (const detail of entry.details) lines.push(`      ${detail.replaceAll('\n', '\n      ')}`);
  }
  const failed = report.invariants.filter((entry) => !entry.ok).length;
  lines.push(
    failed === 0
      ? `all ${report.invariants.length} invariants hold`
      : `${failed} of ${report.invariants.length} invariants fail`,
  );
  return `${lines.join('\n')}\n`;
}
