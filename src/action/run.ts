/**
 * `command: run` — one matrix leg: run the lane through the library with live logs grouped per job,
 * upload `runs/<run_id>` as one artifact, write the job summary, set `run-id`, `status` and
 * `artifact-id`, and fail the step when the lane failed. The SSH key is masked, given to the
 * transport in memory and never written anywhere.
 */
import * as core from './toolkit.js';
import { randomUUID } from 'node:crypto';
import { open, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadRunSources } from '../sources/index.js';
import { actionHostSettings, executionEnvironment, type HostSettings } from '../hosts/index.js';
import { runPaths, runsDir, type RunRecord, type RunReporter } from '../records/index.js';
import { cancelOnSignals, LinePrefixer, renderEvent, resolveLaneRun, type TextSink } from '../run/index.js';
import type { JobSpec } from '../model/index.js';
import { addSecret, errorMessage, InputError, redactText } from '../util/index.js';
import { artifactName, artifactService } from './artifact.js';
import { afterLaneRun, ALREADY_PASSED_UPLOAD, checkLanePass, recordLaneAlreadyPassed } from './pass-cache.js';
import { booleanInput } from './inputs.js';
import { oneLine } from './report.js';
import { LOG_TAIL_LINES, runSummaryMarkdown, type ArtifactOutcome } from './run-summary.js';

interface RunInputs {
  lane: string;
  manifest: string;
  catalog: string;
  stateRoot: string;
  host: HostSettings;
  uploadArtifact: boolean;
  retentionDays: number | undefined;
  skipIfPassed: boolean;
}

export async function runRunCommand(): Promise<void> {
  const inputs = readRunInputs(process.env);
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd());
  process.chdir(workspace);
  const sources = await loadRunSources({
    catalog: inputs.catalog === '' ? undefined : resolve(workspace, inputs.catalog),
    manifest: inputs.manifest === '' ? undefined : resolve(workspace, inputs.manifest),
    stateRoot: inputs.stateRoot,
  });
  // The same resolution as `pikaci run <lane>`: jobs, concurrency group, parallelism.
  const laneRun = resolveLaneRun({ id: inputs.lane, sources: sources.runnable, env: process.env });
  const { runnable, title } = laneRun;
  maskStepSecrets(process.env, laneRun.jobs);

  const cancellation = cancelOnSignals();
  const environment = executionEnvironment({
    ...inputs.host,
    concurrencyGroup: laneRun.concurrencyGroup,
    signal: cancellation.signal,
  });
  let run: RunRecord;
  // README "Skipping lanes that already passed": the pass cache around the run (src/action/pass-cache.ts).
  let passNote: string | null = null;
  const passRequest = { ...inputs, laneRun, sources, env: process.env };
  try {
    const pass = inputs.skipIfPassed ? await checkLanePass(passRequest) : null;
    if (pass?.kind === 'hit') run = await recordLaneAlreadyPassed(pass, passRequest);
    else {
      run = await sources.run({
        targetId: runnable.targetId,
        targetDescription: runnable.description,
        filters: runnable.filters,
        jobs: laneRun.jobs,
        maxConcurrentExecutes: laneRun.maxConcurrentExecutes,
        reporter: groupedReporter(process.stdout, laneRun.parallel),
        signal: cancellation.signal,
        environment,
      });
      if (pass?.kind === 'miss')
        ({ run, note: passNote } = await afterLaneRun(pass, run, sources.stateRoot, process.env));
    }
  } finally {
    cancellation.dispose();
  }
  for (const job of run.jobs.filter((j) => j.status === 'failed')) {
    core.error(`${job.id}: ${job.message ?? 'failed'}`, {
      title: `pikaci ${inputs.lane}: job ${job.id} failed`,
    });
  }

  const artifact =
    run.pass_cache?.outcome === 'already_passed'
      ? ({
          kind: 'not_uploaded',
          name: artifactName(inputs.lane, runAttempt()),
          reason: ALREADY_PASSED_UPLOAD,
        } as const)
      : inputs.uploadArtifact
        ? await uploadRun(sources.stateRoot, run, inputs)
        : ({
            kind: 'not_uploaded',
            name: artifactName(inputs.lane, runAttempt()),
            reason: '`upload-artifact` is false',
          } as const);

  core.setOutput('run-id', run.run_id);
  core.setOutput('status', run.status);
  core.setOutput('already-passed', run.pass_cache?.outcome === 'already_passed' ? 'true' : 'false');
  core.setOutput(
    'artifact-id',
    artifact.kind === 'uploaded' && artifact.id !== null ? String(artifact.id) : '',
  );
  if (process.env['GITHUB_STEP_SUMMARY']) {
    const markdown = runSummaryMarkdown({
      lane: { id: inputs.lane, title },
      run,
      logTails: await failedLogTails(run),
      artifact,
      repository: process.env['GITHUB_REPOSITORY'] ?? 'OWNER/NAME',
      workflowRunId: process.env['GITHUB_RUN_ID'] ?? '<run id>',
      passNote,
    });
    await core.summary.addRaw(redactText(markdown)).write();
  }
  const signalExit = cancellation.exitCode();
  if (signalExit !== null) {
    core.error(`lane ${inputs.lane} was cancelled (${cancellation.received()})`);
    process.exitCode = signalExit;
  } else if (run.status === 'failed') {
    core.setFailed(`lane ${inputs.lane} failed${run.message ? `: ${run.message}` : ''} (run ${run.run_id})`);
  }
}

function readRunInputs(env: NodeJS.ProcessEnv): RunInputs {
  const lane = core.getInput('lane').trim();
  if (lane === '') {
    throw new InputError('`command: run` needs the `lane` input', {
      where: 'input `lane`',
      hint: 'pass `lane: ${{ matrix.lane }}` from the plan matrix',
    });
  }
  // One table for the action's inputs and the CLI's flags (src/hosts); `ssh-key` is masked and
  // registered with the redactor as soon as it is read.
  const host = actionHostSettings((name) => core.getInput(name, { trimWhitespace: false }), maskSecret, env);

  const stateRootInput = core.getInput('state-root').trim();
  const runnerTemp = env['RUNNER_TEMP'];
  return {
    lane,
    manifest: core.getInput('manifest').trim(),
    catalog: core.getInput('catalog').trim(),
    stateRoot: stateRootInput !== '' ? stateRootInput : runnerTemp ? join(runnerTemp, 'pikaci') : '',
    host,
    uploadArtifact: booleanInput('upload-artifact', true),
    retentionDays: retentionDays(core.getInput('retention-days').trim()),
    skipIfPassed: booleanInput('skip-if-passed', false),
  };
}

/**
 * Mask the whole value and each line (the runner matches masks line by line in the live log) and
 * register it with the redactor, which keeps it out of every file the run writes.
 */
function maskSecret(value: string | undefined): void {
  if (value === undefined || value.trim() === '') return;
  addSecret(value);
  core.setSecret(value.trim());
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= 4) core.setSecret(line.trim());
}

/** The runner's own credentials in this step's environment: never a job's, redacted if they appear. */
const RUNNER_SECRET_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'GITHUB_TOKEN',
] as const;

/**
 * Mask and redact the step's other secrets before any job starts: the `token` input, the runner's
 * tokens, and the secrets the lane's jobs ask for (`ssh-key` is masked as soon as it is read).
 */
function maskStepSecrets(env: NodeJS.ProcessEnv, jobs: readonly JobSpec[]): void {
  maskSecret(core.getInput('token'));
  for (const name of RUNNER_SECRET_VARIABLES) maskSecret(env[name]);
  for (const job of jobs) for (const name of job.secrets ?? []) maskSecret(env[name]);
}

function retentionDays(value: string): number | undefined {
  if (value === '' || value === '0') return undefined;
  const days = Number(value);
  if (!/^\d+$/.test(value) || days < 1 || days > 90) {
    throw new InputError(
      `\`retention-days\` must be a whole number of days from 1 to 90 (empty: the repository default), got ${JSON.stringify(value)}`,
      {
        where: 'input `retention-days`',
      },
    );
  }
  return days;
}

function runAttempt(): string {
  return process.env['GITHUB_RUN_ATTEMPT'] || '1';
}

/**
 * Live output for the Actions log. Sequential jobs: one `::group::` per job. Parallel jobs: lines
 * prefixed with the job id (groups cannot interleave). Guest output runs inside `::stop-commands::`
 * so a job cannot issue workflow commands (set outputs, add masks, end our group).
 */
function groupedReporter(sink: TextSink, parallel: boolean): RunReporter {
  const token = randomUUID();
  const prefixer = new LinePrefixer(sink);
  let lastByte = 0x0a;
  let stopped = false;
  const write = (text: string | Buffer): void => {
    if (text.length === 0) return;
    sink.write(text);
    lastByte = typeof text === 'string' ? text.charCodeAt(text.length - 1) : text[text.length - 1]!;
  };
  // Lifecycle lines carry catalog strings (job descriptions, messages): one log line each, always.
  const line = (text: string): void => {
    if (lastByte !== 0x0a) write('\n');
    write(`${oneLine(text)}\n`);
  };
  const stopCommands = (): void => {
    if (!stopped) line(`::stop-commands::${token}`);
    stopped = true;
  };
  const resumeCommands = (): void => {
    if (stopped) line(`::${token}::`);
    stopped = false;
  };
  return {
    event(event) {
      switch (event.event) {
        case 'run_started':
          line(renderEvent(event));
          return;
        case 'job_started':
          if (parallel) {
            stopCommands();
            line(renderEvent(event));
          } else {
            line(`::group::${event.job.id} · ${event.job.description}`);
            stopCommands();
          }
          return;
        case 'job_finished':
          if (parallel) line(renderEvent(event));
          else {
            resumeCommands();
            line('::endgroup::');
            line(renderEvent(event));
          }
          return;
        case 'run_finished':
          resumeCommands();
          line(renderEvent(event));
          return;
      }
    },
    jobOutput({ jobId, stream, chunk, parallel: several }) {
      if (several) prefixer.write(jobId, stream, chunk);
      else write(chunk);
    },
    jobOutputEnd: (jobId) => prefixer.end(jobId),
  };
}

/** Every file of `runs/<run_id>` except the source snapshot and build trees (git has the source). */
export async function runArtifactFiles(stateRoot: string, runId: string): Promise<string[]> {
  const runDir = runPaths(stateRoot, runId).runDir;
  const entries = await readdir(runDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !isExcluded(relative(runDir, file).split('/')))
    .sort();
}

function isExcluded(parts: readonly string[]): boolean {
  if (parts[0] === 'snapshot' || parts[0] === 'cargo-target') return true;
  return parts[0] === 'jobs' && parts[2] === 'workspace';
}

async function uploadRun(stateRoot: string, run: RunRecord, inputs: RunInputs): Promise<ArtifactOutcome> {
  const name = artifactName(inputs.lane, runAttempt());
  const service = artifactService(process.env);
  if (service.kind === 'unavailable') {
    core.warning(`run records not uploaded: ${service.reason}; everything else still works`);
    return { kind: 'not_uploaded', name, reason: service.reason };
  }
  const files = await runArtifactFiles(stateRoot, run.run_id);
  try {
    const result = await service.client.uploadArtifact(name, files, runsDir(stateRoot), {
      ...(inputs.retentionDays === undefined ? {} : { retentionDays: inputs.retentionDays }),
    });
    core.info(
      `uploaded ${files.length} files of run ${run.run_id} as artifact ${name}${result.id === null ? '' : ` (id ${result.id})`}`,
    );
    return { kind: 'uploaded', name, id: result.id, simulated: service.simulated };
  } catch (error) {
    const reason = `upload of artifact ${name} failed: ${errorMessage(error)}`;
    core.warning(reason);
    return { kind: 'not_uploaded', name, reason };
  }
}

/** The last lines of each failed job's guest log (host log when the guest log is empty), read from the end. */
async function failedLogTails(
  run: RunRecord,
): Promise<Map<string, { source: 'guest' | 'host'; lines: string[] }>> {
  const tails = new Map<string, { source: 'guest' | 'host'; lines: string[] }>();
  for (const job of run.jobs.filter((j) => j.status === 'failed')) {
    const guest = await tailLines(job.guest_log_path, LOG_TAIL_LINES);
    if (guest.length > 0) tails.set(job.id, { source: 'guest', lines: guest });
    else tails.set(job.id, { source: 'host', lines: await tailLines(job.host_log_path, LOG_TAIL_LINES) });
  }
  return tails;
}

const TAIL_CHUNK_BYTES = 64 * 1024;
/** How far back to look for line starts: a log of a few giant lines is not read whole. */
const TAIL_SCAN_LIMIT_BYTES = 64 * 1024 * 1024;
/** Bytes kept of each line; the summary cuts lines shorter still. */
const TAIL_LINE_BYTES = 4096;

/**
 * The last `count` lines of a file in bounded memory: scan backwards for line starts, then read
 * forward keeping at most `TAIL_LINE_BYTES` of each line.
 */
async function tailLines(path: string, count: number): Promise<string[]> {
  const handle = await open(path, 'r').catch(() => null);
  if (handle === null) return [];
  try {
    const { size } = await handle.stat();
    const chunk = Buffer.alloc(TAIL_CHUNK_BYTES);
    const floor = Math.max(0, size - TAIL_SCAN_LIMIT_BYTES);
    let start = floor;
    let newlines = 0;
    let pos = size;
    scan: while (pos > floor) {
      const length = Math.min(TAIL_CHUNK_BYTES, pos - floor);
      pos -= length;
      await handle.read(chunk, 0, length, pos);
      for (let i = length - 1; i >= 0; i--) {
        // The file's final newline ends the last line; it does not start another.
        if (chunk[i] !== 0x0a || pos + i === size - 1) continue;
        if (++newlines === count) {
          start = pos + i + 1;
          break scan;
        }
      }
    }
    const lines: string[] = [];
    let line: Buffer[] = [];
    let kept = 0;
    const endLine = (): void => {
      lines.push(Buffer.concat(line).toString('utf8'));
      line = [];
      kept = 0;
    };
    for (let offset = start; offset < size; offset += TAIL_CHUNK_BYTES) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(TAIL_CHUNK_BYTES, size - offset), offset);
      let from = 0;
      while (from < bytesRead) {
        const newline = chunk.indexOf(0x0a, from);
        const to = newline === -1 || newline >= bytesRead ? bytesRead : newline;
        const room = TAIL_LINE_BYTES - kept;
        if (room > 0) {
          const piece = Buffer.from(chunk.subarray(from, Math.min(to, from + room)));
          line.push(piece);
          kept += piece.length;
        }
        if (to === bytesRead) break;
        endLine();
        from = to + 1;
      }
    }
    if (kept > 0 || line.length > 0) endLine();
    return lines.slice(-count);
  } finally {
    await handle.close();
  }
}
