/**
 * `ci/forge-lanes.toml` → normalized lanes (docs/upstream.md, lanes 3.2) with every problem reported
 * as `file:line: key.path: message`.
 */
import { validateGroupName } from '../locks/index.js';
import { JOB_ID_PATTERN, type Lane, type LaneGroup } from '../model/index.js';
import { validateGlob as matcherValidateGlob } from '../match/index.js';
import { didYouMean, InputError, shellQuote } from '../util/index.js';
import { IssueCollector, parseToml, parseTomlFile, type KeyPath, type TomlDocument } from '../toml/index.js';
import { checkRawManifest } from './check.js';
import {
  DEFAULT_RUNS_ON,
  SCHEDULE_PATTERN,
  STAGED_CONCURRENCY_PREFIX,
  STAGED_ENTRYPOINT_PREFIX,
} from './constants.js';
import type { RawLane, RawManifest } from './schema.js';

export interface Manifest {
  version: 1;
  /** `HH:MM` UTC of the nightly slot; null when the file has no nightly lanes and does not set it. */
  nightly_schedule_utc: string | null;
  branch: Lane[];
  nightly: Lane[];
  path: string;
}

export interface ManifestOptions {
  /** Every catalog target id; a lane naming anything else is an error. */
  knownTargets: ReadonlySet<string>;
  /**
   * The catalog's staged Linux targets. When given, `staged_linux_target` must name one of them, a
   * lane whose `target` is staged gets the `staged-linux:<id>` group by default, and a staged target
   * bound by two branch lanes is an error.
   */
  stagedTargets?: ReadonlySet<string>;
  /** Catalog path, for messages. */
  catalogPath?: string;
  /** Returns why a path pattern is invalid, or undefined; defaults to the matcher's own check. */
  validateGlob?: (pattern: string) => string | undefined;
}

export async function loadManifest(path: string, options: ManifestOptions): Promise<Manifest> {
  return normalizeManifest(await parseTomlFile(path), options);
}

export async function parseManifest(text: string, file: string, options: ManifestOptions): Promise<Manifest> {
  return normalizeManifest(parseToml(text, file), options);
}

async function normalizeManifest(doc: TomlDocument, options: ManifestOptions): Promise<Manifest> {
  const raw = checkRawManifest(doc.data) ?? (await explainRefusal(doc));
  const issues = IssueCollector.for(doc);
  if (raw.version !== 1) {
    issues.add(
      ['version'],
      `unsupported forge lane manifest version ${raw.version}; this tool reads version 1`,
    );
  }
  const schedule = raw.nightly_schedule_utc?.trim();
  if (schedule !== undefined && !SCHEDULE_PATTERN.test(schedule)) {
    issues.add(
      ['nightly_schedule_utc'],
      `\`${raw.nightly_schedule_utc}\` is not a 24-hour UTC time \`HH:MM\` (e.g. "08:00")`,
    );
  }
  const nightlyRaw = raw.nightly?.lanes ?? [];
  if (schedule === undefined && nightlyRaw.length > 0) {
    issues.add(
      ['nightly_schedule_utc'],
      'nightly_schedule_utc is required when there are nightly lanes (e.g. "08:00")',
    );
  }
  const normalizer = new LaneNormalizer(doc, options, issues);
  const branch = (raw.branch?.lanes ?? []).map((lane, index) => normalizer.lane(lane, 'branch', index));
  const nightly = nightlyRaw.map((lane, index) => normalizer.lane(lane, 'nightly', index));
  normalizer.checkStagedBindings(branch);
  issues.throwIfAny();
  return { version: 1, nightly_schedule_utc: schedule ?? null, branch, nightly, path: doc.file };
}

class LaneNormalizer {
  private readonly seenIds = new Map<string, number>();
  private readonly validateGlob: (pattern: string) => string | undefined;

  constructor(
    private readonly doc: TomlDocument,
    private readonly options: ManifestOptions,
    private readonly issues: IssueCollector,
  ) {
    this.validateGlob = options.validateGlob ?? matcherValidateGlob;
  }

  lane(raw: RawLane, group: LaneGroup, index: number): Lane {
    const at = (...keys: Array<string | number>): KeyPath => [group, 'lanes', index, ...keys];
    const line = this.doc.locator.lineOf(at()) ?? 1;
    const issues = this.issues;

    // A lane id names a job, a workflow artifact and a matrix value; a title names a matrix job.
    if (raw.id.trim() === '') issues.add(at('id'), 'lane id must not be empty');
    else if (!isValidLaneId(raw.id)) {
      issues.add(
        at('id'),
        `invalid lane id ${JSON.stringify(raw.id)}: lane ids are letters, digits, \`.\`, \`_\` and \`-\`, starting with a letter or digit`,
      );
    } else if (raw.id.length > MAX_LANE_ID_LENGTH) {
      issues.add(
        at('id'),
        `lane id \`${raw.id.slice(0, 40)}…\` is ${raw.id.length} characters long; lane ids are at most ${MAX_LANE_ID_LENGTH} (they name matrix legs, artifacts and checks)`,
      );
    } else this.checkUniqueId(raw.id, at('id'));
    if (raw.title.trim() === '') issues.add(at('title'), `lane \`${raw.id}\` title must not be empty`);
    else if (CONTROL_CHARACTER.test(raw.title)) {
      issues.add(
        at('title'),
        `lane title ${JSON.stringify(raw.title)} contains a control character (a newline, tab, escape…); write it on one line of printable text`,
      );
    }
    const concurrencyGroup = blankToNull(raw.concurrency_group);
    if (concurrencyGroup !== null) {
      try {
        validateGroupName(concurrencyGroup);
      } catch {
        issues.add(
          at('concurrency_group'),
          `invalid concurrency group ${JSON.stringify(concurrencyGroup)}: use 1-128 letters, digits, \`.\`, \`_\` or \`-\`, starting with a letter or digit (it names a lock file on the placement host)`,
        );
      }
    }

    const staged = blankToNull(raw.staged_linux_target);
    const named = blankToNull(raw.target);
    if (staged !== null && named !== null && staged !== named) {
      issues.add(
        at('target'),
        `target \`${named}\` disagrees with staged_linux_target \`${staged}\`; give one of them, or the same id in both`,
      );
    }
    if (staged !== null) this.checkTarget(staged, at('staged_linux_target'), true);
    if (named !== null && named !== staged) this.checkTarget(named, at('target'), false);
    const target = named ?? staged;

    const command = raw.command ?? [];
    if (target !== null && raw.command !== undefined) {
      issues.add(
        at('command'),
        `lane \`${raw.id}\` runs target \`${target}\`, so \`command\` would be ignored; remove it`,
      );
    }
    if (target === null && command.length === 0) {
      issues.add(
        raw.command === undefined ? at() : at('command'),
        `lane \`${raw.id}\` has neither a target nor a command; set \`command = [...]\`, \`target = "..."\` or \`staged_linux_target = "..."\``,
      );
    }
    if (target === null && command.length > 0 && command[0]!.trim() === '') {
      issues.add(at('command', 0), `lane \`${raw.id}\` command program must not be empty`);
    }

    const paths = raw.paths ?? [];
    if (group === 'nightly' && raw.paths !== undefined) {
      issues.add(
        at('paths'),
        'nightly lanes are not path-filtered (they all run on schedule); remove `paths`',
      );
    }
    paths.forEach((pattern, i) => {
      const problem = this.validateGlob(pattern);
      if (problem !== undefined)
        issues.add(at('paths', i), `invalid path pattern \`${pattern}\`: ${problem}`);
    });

    const runsOn = this.runsOn(raw, at('runs_on'));
    const stagedGroup =
      staged ?? (target !== null && this.options.stagedTargets?.has(target) ? target : null);
    return {
      id: raw.id,
      title: raw.title,
      group,
      entrypoint: entrypointOf(raw, staged, target, command),
      command: target === null ? command : null,
      paths,
      concurrency_group:
        concurrencyGroup ?? (stagedGroup === null ? null : `${STAGED_CONCURRENCY_PREFIX}${stagedGroup}`),
      staged_linux_target: staged,
      target,
      runs_on: runsOn,
      line,
    };
  }

  /** Upstream pikaci: one branch lane per staged target, or every resolution of it fails. */
  checkStagedBindings(branch: readonly Lane[]): void {
    const staged = this.options.stagedTargets;
    if (staged === undefined) return;
    const bound = new Map<string, Lane>();
    branch.forEach((lane, index) => {
      if (lane.target === null || !staged.has(lane.target)) return;
      const first = bound.get(lane.target);
      if (first === undefined) {
        bound.set(lane.target, lane);
      } else {
        const key = lane.staged_linux_target === lane.target ? 'staged_linux_target' : 'target';
        this.issues.add(
          ['branch', 'lanes', index, key],
          `staged target \`${lane.target}\` is already bound by branch lane \`${first.id}\` (line ${first.line}); a staged target takes its path filters from exactly one branch lane`,
        );
      }
    });
  }

  private checkUniqueId(id: string, path: KeyPath): void {
    const line = this.doc.locator.lineOf(path) ?? 0;
    const first = this.seenIds.get(id);
    if (first === undefined) this.seenIds.set(id, line);
    else
      this.issues.add(
        path,
        `duplicate lane id \`${id}\` (first defined on line ${first}); lane ids must be unique across branch and nightly lanes`,
      );
  }

  private checkTarget(id: string, path: KeyPath, mustBeStaged: boolean): void {
    const { knownTargets, stagedTargets, catalogPath } = this.options;
    const catalog = catalogPath === undefined ? 'the catalog' : `catalog ${catalogPath}`;
    if (!knownTargets.has(id)) {
      const candidates = mustBeStaged && stagedTargets ? stagedTargets : knownTargets;
      const hint = didYouMean(id, candidates);
      this.issues.add(path, `unknown target \`${id}\` (not in ${catalog})${hint ? `; ${hint}` : ''}`);
    } else if (mustBeStaged && stagedTargets !== undefined && !stagedTargets.has(id)) {
      this.issues.add(
        path,
        `\`${id}\` is not a staged Linux target in ${catalog}; bind it with \`target = "${id}"\` instead`,
      );
    }
  }

  private runsOn(raw: RawLane, path: KeyPath): string | readonly string[] {
    const value = raw.runs_on;
    if (value === undefined) return DEFAULT_RUNS_ON;
    const checkLabel = (label: string, at: KeyPath): void => {
      if (label.trim() === '') this.issues.add(at, 'runner labels must not be empty');
      else if (CONTROL_CHARACTER.test(label)) {
        this.issues.add(
          at,
          `runner label ${JSON.stringify(label)} contains a control character (a newline, tab, escape…)`,
        );
      }
    };
    if (typeof value === 'string') {
      if (value.trim() === '') this.issues.add(path, 'runs_on must not be empty');
      else checkLabel(value, path);
      return value.trim();
    }
    if (value.length === 0) this.issues.add(path, 'runs_on must list at least one runner label');
    value.forEach((label, i) => checkLabel(label, [...path, i]));
    return value.map((label) => label.trim());
  }
}

function entrypointOf(
  raw: RawLane,
  staged: string | null,
  target: string | null,
  command: readonly string[],
): string {
  if (raw.entrypoint !== undefined && raw.entrypoint.trim() !== '') return raw.entrypoint;
  if (staged !== null) return `${STAGED_ENTRYPOINT_PREFIX} ${staged}`;
  if (target !== null) return `pikaci run ${target}`;
  return displayArgv(command);
}

/** A readable one-line rendering of an argv: plain words as they are, anything else quoted. */
function displayArgv(argv: readonly string[]): string {
  return argv.map((arg) => (/^[A-Za-z0-9_./:=@%+,#-]+$/.test(arg) ? arg : shellQuote(arg))).join(' ');
}

/** Validation only (the lane id becomes a job id); nothing is chosen from an id (PIKACI-004). */
/** Long enough for any real lane, short enough for artifact names (`pikaci-<lane>-<attempt>`) and checks. */
const MAX_LANE_ID_LENGTH = 100;

function isValidLaneId(id: string): boolean {
  return JOB_ID_PATTERN.test(id);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? null : trimmed;
}

/** Every lane, branch lanes first, in file order. */
export function allLanes(manifest: Manifest): Lane[] {
  return [...manifest.branch, ...manifest.nightly];
}

export function findLane(manifest: Manifest, id: string): Lane {
  const lane = allLanes(manifest).find((candidate) => candidate.id === id);
  if (lane !== undefined) return lane;
  const hint = didYouMean(
    id,
    allLanes(manifest).map((candidate) => candidate.id),
  );
  throw new InputError(`unknown lane \`${id}\` in ${manifest.path}`, {
    hint: hint ?? `run \`pikaci lanes --manifest ${manifest.path}\` to list the lanes`,
  });
}

/**
 * A manifest `checkRawManifest` refused: zod (loaded only now) validates it and throws the error
 * that names every problem with its line and key path. (Should zod accept it, the check was
 * stricter than the schema — a bug its test exists to catch — and the schema's output is used.)
 */
async function explainRefusal(doc: TomlDocument): Promise<RawManifest> {
  const [{ validate }, { RawManifestSchema }] = await Promise.all([
    import('../toml/index.js'),
    import('./schema.js'),
  ]);
  return validate(RawManifestSchema, doc.data, doc);
}
