/**
 * SIGINT/SIGTERM during a run: the first signal aborts the run (jobs' process groups are stopped,
 * records end `failed` with message `cancelled`, every write stays atomic); a second one exits at
 * once. The exit code is the shell convention, 128 + signal number: 130 for SIGINT, 143 for SIGTERM.
 */
export interface Cancellation {
  signal: AbortSignal;
  /** The signal that cancelled the run, if any. */
  received(): NodeJS.Signals | null;
  /** 130/143 when cancelled by a signal, else null. */
  exitCode(): number | null;
  dispose(): void;
}

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

export function cancelOnSignals(signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): Cancellation {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const handler = (sig: NodeJS.Signals): void => {
    if (received !== null) process.exit(EXIT_CODES[sig] ?? 1);
    received = sig;
    process.stderr.write(`pikaci: ${sig} received, stopping the run (send it again to exit at once)\n`);
    controller.abort();
  };
  for (const sig of signals) process.on(sig, handler);
  return {
    signal: controller.signal,
    received: () => received,
    exitCode: () => (received === null ? null : (EXIT_CODES[received] ?? 1)),
    dispose: () => {
      for (const sig of signals) process.off(sig, handler);
    },
  };
}
