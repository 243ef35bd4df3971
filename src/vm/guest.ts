/** What the shared VM plumbing needs of a guest, and the error a VM job fails with. */
import type { ExecRequest, ExecResult } from '../transport/index.js';

/**
 * One running guest (an Incus instance, a Tart VM), reached through its placement host's
 * `Transport`: `exec` runs `request.argv` inside the guest, streaming as `Transport.exec` does.
 */
export interface Guest {
  exec(request: ExecRequest): Promise<ExecResult>;
}

/** An error that happened after the VM work began: the job fails with its message. */
export class VmFailure extends Error {
  /** The exit code of the host command that failed, when it ran to its end. */
  constructor(
    message: string,
    readonly exitCode: number | null = null,
  ) {
    super(message);
    this.name = 'VmFailure';
  }
}
