/**
 * Host settings → how a run reaches its placements and which backend runs each pair. This is the
 * one place that composes transports with runtime backends; the orchestrator receives the result.
 * A run in a concurrency group takes the group's lock on each placement host over that host's own
 * transport when the host is first used, and drops it when the run closes the transport.
 */
import { createIncusBackend, IncusHostConfigSchema, type IncusHostConfig } from '../incus/index.js';
import {
  acquireGroupLock,
  DEFAULT_LOCK_TIMEOUT_SECS,
  groupJobsFile,
  type HeldGroupLock,
} from '../locks/index.js';
import type { ExecutionConfig, Placement } from '../model/index.js';
import { assertNever } from '../util/assert-never.js';
import { remoteHostProcessBackend, supervisedLocalBackend } from '../remote/index.js';
import { hostProcessBackend, type BackendResolution } from '../runtime/index.js';
import {
  connectSsh,
  LocalTransport,
  type ExecRequest,
  type ExecResult,
  type SshConnectOptionsInput,
  type Transport,
} from '../transport/index.js';
import { InputError } from '../util/errors.js';

export {
  parseHostSettings,
  parseConcurrencyGroup,
  HOST_ENV,
  type HostFlagValues,
  type ParsedHostSettings,
} from './settings.js';

export interface HostSettings {
  /** The host `remote_ssh` jobs run on. */
  ssh?: SshConnectOptionsInput;
  /** How to drive Incus on the placement host; defaults to the upstream project, profile and image. */
  incus?: Partial<IncusHostConfig>;
  /** Work dir W on placement hosts (runs, snapshots, locks); overrides `incus.work_dir`. */
  remoteWorkDir?: string;
  /** Hold this concurrency group's lock on every placement host the run uses. */
  concurrencyGroup?: string | null;
  lockTimeoutSecs?: number;
  /** Cancels a wait for the group lock. */
  signal?: AbortSignal;
  /** Progress lines: lock waits, SSH re-dials. */
  log?: (line: string) => void;
  /** Called with each transport as it is opened (tests read `connectionCount` from it). */
  onTransport?: (transport: Transport) => void;
}

export interface ExecutionEnvironment {
  transportFor(placement: Placement): Promise<Transport>;
  resolveBackend(execution: ExecutionConfig): BackendResolution;
}

/** A transport that also holds a group lock on its host; closing releases the lock first. */
class LockedTransport implements Transport {
  readonly placement: Placement;
  readonly hostLabel: string;
  constructor(
    private readonly inner: Transport,
    private readonly lock: HeldGroupLock,
  ) {
    this.placement = inner.placement;
    this.hostLabel = inner.hostLabel;
  }
  exec(request: ExecRequest): Promise<ExecResult> {
    return this.inner.exec(request);
  }
  async close(): Promise<void> {
    try {
      await this.lock.release();
    } finally {
      await this.inner.close();
    }
  }
}

export function executionEnvironment(settings: HostSettings = {}): ExecutionEnvironment {
  const incus = IncusHostConfigSchema.parse({
    ...settings.incus,
    ...(settings.remoteWorkDir === undefined ? {} : { work_dir: settings.remoteWorkDir }),
  });
  const workDir = incus.work_dir;
  const log = settings.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  async function open(placement: Placement): Promise<Transport> {
    switch (placement) {
      case 'local':
        return new LocalTransport();
      case 'remote_ssh':
        if (!settings.ssh) {
          throw new InputError('remote_ssh jobs need an SSH host, and none is configured for this run', {
            hint: 'pass --ssh-host (CLI) or the ssh-host input (action), with a key and known hosts',
          });
        }
        return connectSsh(settings.ssh, { log: (line) => log(`[pikaci] ${line}`) });
      default:
        return assertNever(placement);
    }
  }

  return {
    async transportFor(placement) {
      const transport = await open(placement);
      settings.onTransport?.(transport);
      const group = settings.concurrencyGroup;
      if (!group) return transport;
      try {
        const lock = await acquireGroupLock(transport, {
          group,
          workDir,
          timeoutSecs: settings.lockTimeoutSecs ?? DEFAULT_LOCK_TIMEOUT_SECS,
          log,
          ...(settings.signal ? { signal: settings.signal } : {}),
        });
        return new LockedTransport(transport, lock);
      } catch (error) {
        await transport.close();
        throw error;
      }
    },
    resolveBackend({ placement, runtime }) {
      switch (runtime) {
        case 'host_process': {
          const jobsLockFile = settings.concurrencyGroup
            ? groupJobsFile(workDir, settings.concurrencyGroup)
            : null;
          return {
            kind: 'ready',
            backend:
              placement === 'local'
                ? supervisedLocalBackend(hostProcessBackend, jobsLockFile)
                : remoteHostProcessBackend(workDir, jobsLockFile),
          };
        }
        case 'incus':
          return { kind: 'ready', backend: createIncusBackend({ config: incus }) };
        case 'tart':
          return {
            kind: 'unavailable',
            message: `not available yet: ${placement} × tart jobs need the Tart runtime backend`,
          };
        default:
          return assertNever(runtime);
      }
    },
  };
}
export {
  sweepOrphanInstances,
  sweepOrphanProcesses,
  DEFAULT_ORPHAN_GRACE_SECS,
  type SweepDecision,
  type SweepOptions,
  type ProcessSweepDecision,
  type ProcessSweepOptions,
  type RunOwnership,
} from './orphans.js';
