/** Fixed names and formats of the lane manifest (docs/upstream.md, lanes 3.1–3.2). */

/** What a matrix leg runs on when a lane does not say: GitHub's hosted Linux runner. */
export const DEFAULT_RUNS_ON = 'ubuntu-latest';

/** The upstream wrapper that staged lanes run on the Pika forge; kept as their display entrypoint. */
export const STAGED_ENTRYPOINT_PREFIX = './scripts/pikaci-staged-linux-remote.sh run';

export const STAGED_CONCURRENCY_PREFIX = 'staged-linux:';

/** `HH:MM`, 24-hour UTC; like chrono's `%H:%M`, the hour may have one digit. */
export const SCHEDULE_PATTERN = /^([01]?\d|2[0-3]):[0-5]\d$/;
