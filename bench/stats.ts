/** Small timing helpers shared by the benchmarks. */
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
