/**
 * One host script per Incus job (issue 13): a job opens one exec channel on its host for the look-ups,
 * create → start and the guest, plus the delete, instead of one per command, so a host whose login
 * shell is slow to start pays it twice, not a dozen times. The script says where it is with marker lines on
 * both stdout and stderr, `\x1f` `pikaci-<nonce> <words…>`, and the host reads each step's output, exit
 * status and timing from them as they stream. The nonce is random per script and never reaches the
 * guest's command line (the guest shell reads it from stdin), so the job's own output cannot forge a
 * marker.
 */
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ExecResult, Transport } from '../../transport/index.js';
import { shellQuote } from '../../util/index.js';

/** A random nonce for one script's markers. */
export function newNonce(): string {
  return randomBytes(16).toString('hex');
}

function markerPrefix(nonce: string): Buffer {
  return Buffer.from(`\x1fpikaci-${nonce} `, 'latin1');
}

/**
 * The shell functions every script starts with: `mark` (a marker on both streams), `sect` (a step
 * whose end and exit status are marked; the script goes on), `step` (the same, but the script stops
 * at the first failure), `catif` (a file's bytes, nothing when it is absent) and `resolve`
 * (`readlink -f` into `$r`, failing on an empty answer).
 */
export function scriptPrelude(nonce: string): string {
  return [
    'set -u',
    `N=${shellQuote(nonce)}`,
    `mark() { printf '\\037pikaci-%s %s\\n' "$N" "$*"; printf '\\037pikaci-%s %s\\n' "$N" "$*" >&2; }`,
    'sect() { s=$1; shift; mark begin "$s"; "$@" </dev/null; mark end "$s" "$?"; }',
    'step() { s=$1; shift; mark begin "$s"; "$@" </dev/null; rc=$?; mark end "$s" "$rc"; [ "$rc" -eq 0 ] || exit 1; }',
    'stepin() { s=$1; i=$2; shift 2; mark begin "$s"; printf %s "$i" | "$@"; rc=$?; mark end "$s" "$rc"; [ "$rc" -eq 0 ] || exit 1; }',
    'catif() { if test -f "$1"; then cat "$1"; fi; }',
    'resolve() { r=$(readlink -f "$1"); rc=$?; [ -n "$r" ] || rc=1; printf %s "$r"; return "$rc"; }',
  ].join('\n');
}

/** One argument of a script line: quoted, or `"<prefix>$<variable>"` for a value the script computed. */
export type ScriptArg = string | { prefix: string; variable: string };

export function renderArgv(argv: readonly ScriptArg[]): string {
  return argv
    .map((arg) => (typeof arg === 'string' ? shellQuote(arg) : `${shellQuote(arg.prefix)}"$${arg.variable}"`))
    .join(' ');
}

/** One piece of a text the script assembles: literal, or the value of one of its variables. */
export type TextPart = string | { variable: string };

/** One shell word joined from literal text (quoted) and the values of script variables (`"$name"`). */
export function renderWord(parts: readonly TextPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? shellQuote(part) : `"$${part.variable}"`)).join('');
}

export interface MarkerEvents {
  /** Bytes between markers, in order. */
  data(chunk: Buffer): void;
  /** A marker's words (`begin create`, `end create 0`, …). Return `'raw'` to pass the rest through unparsed. */
  marker(words: string[]): 'raw' | void;
}

/**
 * Splits one output stream of a marked script into data and markers, with bounded memory: only a
 * partial marker is held back (a chunk ending in `\x1f` plus the start of the prefix), so live
 * output is passed on as it comes. After a marker answered `'raw'`, everything passes through.
 */
export class MarkerSplitter {
  private pending = Buffer.alloc(0);
  private raw = false;
  private readonly prefix: Buffer;

  constructor(
    nonce: string,
    private readonly events: MarkerEvents,
  ) {
    this.prefix = markerPrefix(nonce);
  }

  push(chunk: Buffer): void {
    if (this.raw) {
      this.events.data(chunk);
      return;
    }
    let data = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = Buffer.alloc(0);
    for (;;) {
      const at = data.indexOf(this.prefix);
      if (at === -1) break;
      const newline = data.indexOf(0x0a, at + this.prefix.length);
      if (newline === -1) {
        if (at > 0) this.events.data(data.subarray(0, at));
        this.pending = Buffer.from(data.subarray(at));
        return;
      }
      if (at > 0) this.events.data(data.subarray(0, at));
      const words = data
        .subarray(at + this.prefix.length, newline)
        .toString('utf8')
        .split(' ');
      data = data.subarray(newline + 1);
      if (this.events.marker(words) === 'raw') {
        this.raw = true;
        if (data.length > 0) this.events.data(data);
        return;
      }
    }
    // Hold back a tail that may be the start of a marker cut by the chunk boundary.
    for (let unit = data.indexOf(0x1f, Math.max(0, data.length - this.prefix.length + 1)); unit !== -1;) {
      if (this.prefix.subarray(0, data.length - unit).equals(data.subarray(unit))) {
        if (unit > 0) this.events.data(data.subarray(0, unit));
        this.pending = Buffer.from(data.subarray(unit));
        return;
      }
      unit = data.indexOf(0x1f, unit + 1);
    }
    if (data.length > 0) this.events.data(data);
  }

  /** The stream ended: a held-back tail was data after all. */
  end(): void {
    if (this.pending.length > 0) this.events.data(this.pending);
    this.pending = Buffer.alloc(0);
  }
}

/** What one marked step printed and how it ended (`exitCode` undefined while it runs or when cut off). */
export interface StepOutput {
  stdout: Buffer[];
  stderr: Buffer[];
  began: boolean;
  exitCode?: number;
  /** When its `begin` and `end` markers arrived on stdout (ms since the epoch). */
  beganAt?: number;
  endedAt?: number;
}

export function text(chunks: readonly Buffer[]): string {
  return Buffer.concat(chunks).toString('utf8');
}

type Stream = 'stdout' | 'stderr';

export interface MarkedScriptOptions {
  /** The script's stdin; a stream may be written while the script runs (it may wait on it). */
  stdin?: string | Readable;
  signal?: AbortSignal;
  /** Markers other than `begin`/`end` (`started`, `ended`, …); `'raw'` passes the rest of that stream through. */
  onMarker?(stream: Stream, words: string[], at: number): 'raw' | void;
  /** A step began or ended (seen on stdout). */
  onStep?(id: string, step: StepOutput): void;
}

/**
 * Runs one marked script on `transport`: each stream's bytes go to the step its last `begin` marker
 * named (kept in `steps`; a script names each step once), or to the sink set for that stream (`sink`), which is how a script hands
 * live output (the guest runner's) to its reader.
 */
export class MarkedScript {
  readonly steps = new Map<string, StepOutput>();
  private readonly current: Record<Stream, StepOutput | undefined> = { stdout: undefined, stderr: undefined };
  private readonly sinks: Record<Stream, ((chunk: Buffer) => void) | undefined> = {
    stdout: undefined,
    stderr: undefined,
  };

  constructor(
    readonly nonce: string,
    private readonly options: MarkedScriptOptions = {},
  ) {}

  /** Sends the rest of `stream` (until another sink is set) to `sink` instead of the current step. */
  sink(stream: Stream, sink: ((chunk: Buffer) => void) | undefined): void {
    this.sinks[stream] = sink;
  }

  /** The step named `id` (created empty when it has not begun). */
  step(id: string): StepOutput {
    let step = this.steps.get(id);
    if (!step) {
      step = { stdout: [], stderr: [], began: false };
      this.steps.set(id, step);
    }
    return step;
  }

  run(transport: Transport, script: string): Promise<ExecResult> {
    const splitter = (stream: Stream): MarkerSplitter =>
      new MarkerSplitter(this.nonce, {
        data: (chunk) => {
          const sink = this.sinks[stream];
          if (sink) sink(chunk);
          else this.current[stream]?.[stream].push(Buffer.from(chunk));
        },
        marker: (words) => this.marker(stream, words),
      });
    const out = splitter('stdout');
    const err = splitter('stderr');
    return transport
      .exec({
        argv: ['sh', '-c', script],
        ...(this.options.stdin === undefined ? {} : { stdin: this.options.stdin }),
        ...(this.options.signal ? { signal: this.options.signal } : {}),
        onStdout: (chunk) => out.push(chunk),
        onStderr: (chunk) => err.push(chunk),
      })
      .finally(() => {
        out.end();
        err.end();
      });
  }

  private marker(stream: Stream, words: string[]): 'raw' | void {
    const [kind, id, code] = words;
    const at = Date.now();
    if ((kind === 'begin' || kind === 'end') && id !== undefined) {
      const step = this.step(id);
      if (kind === 'begin') {
        this.current[stream] = step;
        if (stream === 'stdout') {
          step.began = true;
          step.beganAt = at;
          this.options.onStep?.(id, step);
        }
      } else {
        this.current[stream] = undefined;
        if (stream === 'stdout') {
          step.exitCode = Number(code);
          step.endedAt = at;
          this.options.onStep?.(id, step);
        }
      }
      return;
    }
    return this.options.onMarker?.(stream, words, at);
  }
}
