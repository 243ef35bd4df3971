/**
 * Host settings → how a run reaches its placements and which backend runs each pair. This is the
 * one place that composes transports with runtime backends; the orchestrator receives the result.
 */
import { createIncusBackend, IncusHostConfigSchema, type IncusHostConfig } from '../incus/index.js';
import { assertNever, type ExecutionConfig, type Placement } from '../model/index.js';
import { remoteHostProcessBackend } from '../remote/index.js';
import { hostProcessBackend, type BackendResolution } from '../runtime/index.js';
import {
  connectSsh,
  LocalTransport,
  type SshConnectOptionsInput,
  type Transport,
} from '../transport/index.js';
import { InputError } from '../util/errors.js';

export interface HostSettings {
  /** The host `remote_ssh` jobs run on. */
  ssh?: SshConnectOptionsInput;
  /** How to drive Incus on the placement host; defaults to the upstream project, profile and image. */
  incus?: Partial<IncusHostConfig>;
  /** Remote work dir for host-process jobs over SSH. */
  remoteWorkDir?: string;
}

export interface ExecutionEnvironment {
  transportFor(placement: Placement): Promise<Transport>;
  resolveBackend(execution: ExecutionConfig): BackendResolution;
}

export function executionEnvironment(settings: HostSettings = {}): ExecutionEnvironment {
  const incus = IncusHostConfigSchema.parse(settings.incus ?? {});
  const workDir = settings.remoteWorkDir ?? incus.work_dir;
  return {
    async transportFor(placement) {
      switch (placement) {
        case 'local':
          return new LocalTransport();
        case 'remote_ssh':
          if (!settings.ssh) {
            throw new InputError('remote_ssh jobs need an SSH host, and none is configured for this run', {
              hint: 'pass --ssh-host (CLI) or the ssh-host input (action), with a key and known hosts',
            });
          }
          return connectSsh(settings.ssh);
        default:
          return assertNever(placement);
      }
    },
    resolveBackend({ placement, runtime }) {
      switch (runtime) {
        case 'host_process':
          return {
            kind: 'ready',
            backend: placement === 'local' ? hostProcessBackend : remoteHostProcessBackend(workDir),
          };
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
