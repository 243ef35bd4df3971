/** The job id rule, apart from the schemas (./job.ts) so the lane manifest checks ids without zod. */
export const JOB_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
