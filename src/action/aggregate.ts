/**
 * The `report` decision: green only when every planned lane passed, or none was planned. Pure.
 *
 * What it can know: `needs` gives each needed job's overall `result`; for a matrix job that is one
 * value for all legs (`failure` if any leg failed, `cancelled`, `skipped` when the job did not run,
 * `success` only when every leg succeeded). So the pass/fail decision is exact from `needs` alone.
 * Which leg failed is not in `needs` (legs share one job id, and a leg's outputs overwrite each
 * other's), so per-lane rows come from the jobs REST API when it answers (`lanes` below, matched by
 * job name = lane title) and are marked unknown when it does not; they never change the decision.
 */
import { safeParse, z } from '../schema/index.js';
import { InputError } from '../util/index.js';

const PlanInputSchema = z.object({
  event: z.string().optional(),
  head: z.string().nullable().optional(),
  lanes: z.array(z.object({ id: z.string(), title: z.string(), selected: z.boolean(), reason: z.string() })),
  matrix: z.object({
    include: z.array(
      z.object({
        lane: z.string(),
        title: z.string(),
        /** Set by `plan` with `skip-if-passed` (README "Skipping lanes that already passed"). */
        already_passed: z.string().optional(),
        proved_by: z.string().optional(),
      }),
    ),
  }),
  blocked: z.array(z.object({ lane: z.string(), title: z.string(), reason: z.string() })).default([]),
});
export type PlanInput = z.infer<typeof PlanInputSchema>;

const NeedsSchema = z.record(
  z.string(),
  z.object({ result: z.string(), outputs: z.record(z.string(), z.string()).default({}) }),
);
export type NeedsInput = z.infer<typeof NeedsSchema>;

export function parsePlanInput(text: string): PlanInput {
  return parseJsonInput(
    text,
    'plan',
    PlanInputSchema,
    "pass `plan: ${{ needs.plan.outputs.plan }}` (the plan step's `plan` output)",
  );
}

export function parseNeedsInput(text: string): NeedsInput {
  return parseJsonInput(text, 'needs', NeedsSchema, 'pass `needs: ${{ toJSON(needs) }}`');
}

function parseJsonInput<T>(text: string, name: string, schema: z.ZodType<T>, hint: string): T {
  if (text.trim() === '')
    throw new InputError(`\`command: report\` needs the \`${name}\` input`, {
      where: `input \`${name}\``,
      hint,
    });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`the \`${name}\` input is not JSON: ${(error as Error).message}`, {
      where: `input \`${name}\``,
      hint,
    });
  }
  const result = safeParse(schema, json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InputError(`the \`${name}\` input: \`${issue.path.join('.') || '(root)'}\`: ${issue.message}`, {
    where: `input \`${name}\``,
    hint,
  });
}

/** A leg's own conclusion as the jobs API reports it, by lane title. */
export type LegResults = ReadonlyMap<string, { conclusion: string | null; url: string | null }>;

export interface LaneRow {
  lane: string;
  title: string;
  result:
    'passed' | 'already passed' | 'failed' | 'cancelled' | 'not run' | 'blocked' | 'unknown' | 'running';
  detail: string;
  url: string | null;
  /** For `already passed`: the workflow run that proved the lane's pass key, when known. */
  provedBy: string | null;
}

export interface Aggregate {
  passed: boolean;
  reason: string;
  rows: LaneRow[];
  jobs: Array<{ name: string; result: string }>;
}

/** Needs entries that carry the plan's outputs are the plan job; the rest run lanes. */
function isPlanJob(outputs: Record<string, string>): boolean {
  return 'plan' in outputs || 'matrix' in outputs;
}

export function aggregate(plan: PlanInput, needs: NeedsInput, legs: LegResults | null): Aggregate {
  const jobs = Object.entries(needs).map(([name, need]) => ({ name, result: need.result }));
  const laneJobs = Object.entries(needs).filter(([, need]) => !isPlanJob(need.outputs));
  const runnable = plan.matrix.include;
  const blocked = plan.blocked;
  const broken = jobs.filter((job) => job.result === 'failure' || job.result === 'cancelled');
  const notSucceeded = laneJobs.filter(([, need]) => need.result !== 'success');

  const rows: LaneRow[] = [
    ...runnable.map((entry) => alreadyPassed(entry, laneRow(entry.lane, entry.title, legs, laneJobs))),
    ...blocked.map((lane): LaneRow => ({
      lane: lane.lane,
      title: lane.title,
      result: 'blocked',
      detail: lane.reason,
      url: null,
      provedBy: null,
    })),
  ];

  let passed: boolean;
  let reason: string;
  if (broken.length > 0) {
    passed = false;
    reason = `${broken.map((job) => `\`${job.name}\` ${job.result}`).join(', ')}`;
  } else if (blocked.length > 0) {
    passed = false;
    reason = `${blocked.length} planned lane(s) were not run on this fork PR`;
  } else if (runnable.length === 0) {
    passed = true;
    reason = 'no lanes were planned for this change';
  } else if (laneJobs.length === 0) {
    passed = false;
    reason = "`needs` holds no lane job: add the matrix job to the report job's `needs`";
  } else if (notSucceeded.length > 0) {
    passed = false;
    reason = `${notSucceeded.map(([name, need]) => `\`${name}\` ${need.result}`).join(', ')} while ${runnable.length} lane(s) were planned`;
  } else {
    passed = true;
    reason = `all ${runnable.length} planned lane(s) passed`;
  }
  return { passed, reason, rows, jobs };
}

/** A workflow run URL as the pass marker records it; anything else is not linked. */
const RUN_URL = /^https:\/\/[^\s()<>[\]]+\/actions\/runs\/\d+(\/attempts\/\d+)?$/;

/**
 * A lane the plan marked as already passed (its pass key had passed in a trusted run) and whose leg
 * succeeded: shown as such, with the run that proved it. The decision is unchanged.
 */
function alreadyPassed(
  entry: PlanInput['matrix']['include'][number],
  row: Omit<LaneRow, 'provedBy'>,
): LaneRow {
  if (entry.already_passed !== 'true' || row.result !== 'passed') return { ...row, provedBy: null };
  const provedBy = entry.proved_by !== undefined && RUN_URL.test(entry.proved_by) ? entry.proved_by : null;
  return { ...row, result: 'already passed', detail: 'a run with the same pass key passed', provedBy };
}

function laneRow(
  lane: string,
  title: string,
  legs: LegResults | null,
  laneJobs: ReadonlyArray<[string, NeedsInput[string]]>,
): Omit<LaneRow, 'provedBy'> {
  const leg = legs?.get(title);
  if (leg) {
    const url = leg.url;
    switch (leg.conclusion) {
      case 'success':
        return { lane, title, result: 'passed', detail: 'leg succeeded', url };
      case 'failure':
        return { lane, title, result: 'failed', detail: 'leg failed', url };
      case 'cancelled':
        return { lane, title, result: 'cancelled', detail: 'leg cancelled', url };
      case 'skipped':
        return { lane, title, result: 'not run', detail: 'leg skipped', url };
      case null:
        return { lane, title, result: 'running', detail: 'leg has not finished', url };
      default:
        return { lane, title, result: 'unknown', detail: `leg concluded \`${leg.conclusion}\``, url };
    }
  }
  const results = [...new Set(laneJobs.map(([, need]) => need.result))];
  if (results.length === 1 && results[0] === 'success') {
    return { lane, title, result: 'passed', detail: 'every leg of the lane job succeeded', url: null };
  }
  if (results.length === 1 && results[0] === 'skipped') {
    return { lane, title, result: 'not run', detail: 'the lane job was skipped', url: null };
  }
  return {
    lane,
    title,
    result: 'unknown',
    detail:
      legs === null
        ? `lane job result: ${results.join(', ') || 'none'}; per-leg results need the jobs API (token with \`actions: read\`)`
        : `no job named \`${title}\` in this workflow run (name the matrix job \`\${{ matrix.title }}\`)`,
    url: null,
  };
}
