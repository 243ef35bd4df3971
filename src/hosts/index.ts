/**
 * Host settings → how a run reaches its placements and which backend runs each pair. This is the
 * one place that composes transports with the runtime modules of the registry (`./registry.ts`);
 * the orchestrator receives the result. A run in a concurrency group takes the group's lock on
 * each placement host over that host's own transport when the host is first used, and drops it
 * when the run closes the transport.
 */
import {
  acquireGroupLock,
  DEFAULT_LOCK_TIMEOUT_SECS,
  groupJobsFile,
  type HeldGroupLock,
} from '../locks/index.js';
import type { Placement, RuntimeKind } from '../model/index.js';
import { assertNever } from '../util/index.js';
import type { BackendResolution, ExecutionEnvironment } from '../runtime/index.js';
import {
  connectSsh,
  LocalTransport,
  type ExecRequest,
  type ExecResult,
  type SshConnectOptionsInput,
  type Transport,
} from '../transport/index.js';
import { InputError } from '../util/index.js';
import { BACKENDS, RUNTIME_KINDS, type BackendOverrides, type ConfigOf } from './registry.js';
import { DEFAULT_WORK_DIR } from './settings.js';

export {
  actionHostSettings,
  hostSettingsFrom,
  parseHostSettings,
  parseConcurrencyGroup,
  DEFAULT_WORK_DIR,
  HOST_SETTINGS,
  PLACEMENT_SETTINGS,
  type HostFlagValues,
  type ParsedHostSettings,
} from './settings.js';
export { BACKENDS, RUNTIME_KINDS, type BackendOverrides, type ConfigOf } from './registry.js';
export type { ExecutionEnvironment } from '../runtime/index.js';

/**
 * How a run reaches its hosts. Per runtime (`incus`, `tart`, …) the parts of its config to set; the
 * module's defaults complete them (e.g. Incus: the upstream project, profiles and image).
 */
export interface HostSettings extends BackendOverrides {
  /** The host `remote_ssh` jobs run on. */
  ssh?: SshConnectOptionsInput;
  /** Work dir W on placement hosts (runs, snapshots, locks); default `/var/tmp/pikaci`. */
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

type Configs = { [R in RuntimeKind]: ConfigOf<R> };

/** Each runtime's whole config: what `settings` sets, completed by its module. */
export function backendConfigs(settings: HostSettings, workDir: string): Configs {
  return Object.fromEntries(
    RUNTIME_KINDS.map((runtime) => [
      runtime,
      BACKENDS[runtime].complete((settings[runtime] ?? {}) as never, { workDir }),
    ]),
  ) as Configs;
}

export function executionEnvironment(settings: HostSettings = {}): ExecutionEnvironment {
  const workDir = settings.remoteWorkDir ?? DEFAULT_WORK_DIR;
  // Completed up front: a bad setting fails here, before any job, naming the setting.
  const configs = backendConfigs(settings, workDir);
  const jobsLockFile = settings.concurrencyGroup ? groupJobsFile(workDir, settings.concurrencyGroup) : null;
  const log = settings.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const backends = new Map<string, Promise<BackendResolution>>();

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
    workDir,
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
      const key = `${placement} ${runtime}`;
      let backend = backends.get(key);
      if (!backend) {
        backend = BACKENDS[runtime].create(configs[runtime] as never, { placement, workDir, jobsLockFile });
        backends.set(key, backend);
      }
      return backend;
    },
  };
}
