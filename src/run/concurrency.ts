/** How many execute nodes may run at once (docs/upstream.md, records 3.9). */
import { supportsParallelExecute, type JobSpec } from '../model/index.js';
import { InputError } from '../util/index.js';

export const MAX_CONCURRENT_EXECUTES_ENV = 'PIKACI_MAX_CONCURRENT_EXECUTES';
export const DEFAULT_MAX_CONCURRENT_EXECUTES = 2;

/** The configured cap: a positive integer, default 2; anything else is bad input. */
export function maxConcurrentExecutes(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MAX_CONCURRENT_EXECUTES_ENV];
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_CONCURRENT_EXECUTES;
  const value = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw new InputError(`${MAX_CONCURRENT_EXECUTES_ENV} must be a positive integer, got \`${raw}\``, {
      hint: `unset it for the default (${DEFAULT_MAX_CONCURRENT_EXECUTES}) or set e.g. ${MAX_CONCURRENT_EXECUTES_ENV}=4`,
    });
  }
  return value;
}

/** Jobs run in parallel only when every job of the run supports it; otherwise one at a time. */
export function executeConcurrency(jobs: readonly JobSpec[], configured: number): number {
  return jobs.length > 0 && jobs.every(supportsParallelExecute) ? configured : 1;
}
