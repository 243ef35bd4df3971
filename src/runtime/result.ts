/**
 * The terminal `result.json` contract shared by every runtime (docs/upstream.md, executor 0.4, docs/design.md
 * decision 6; a guest's in docs/guest-protocol.md "Lifecycle files").
 */
import {
  readRecord,
  rfc3339,
  TerminalResultSchema,
  writeRecord,
  type TerminalResult,
} from '../records/index.js';
import type { JobOutcome } from './types.js';

export async function writeTerminalResult(
  path: string,
  result: { ok: boolean; message: string; exitCode: number | null; details?: unknown },
): Promise<void> {
  const record: TerminalResult = {
    schema_version: 1,
    status: result.ok ? 'completed' : 'failed',
    finished_at: rfc3339(),
    message: result.message,
  };
  if (result.exitCode !== null) record.exit_code = result.exitCode;
  if (result.details !== undefined) record.details = result.details;
  await writeRecord(path, TerminalResultSchema, record);
}

export function outcomeFromTerminalResult(result: TerminalResult): JobOutcome {
  return {
    status: result.status === 'completed' ? 'passed' : 'failed',
    exit_code: result.exit_code ?? null,
    message: result.message,
  };
}

export async function readTerminalResult(path: string): Promise<JobOutcome> {
  return outcomeFromTerminalResult(await readRecord(path, TerminalResultSchema, 'terminal result'));
}
