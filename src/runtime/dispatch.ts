/**
 * Which backend runs a placement × runtime pair. Every pair has an arm, so adding a runtime or a
 * placement is a compile error here until it is handled.
 */
import { assertNever, type ExecutionConfig } from '../model/index.js';
import { hostProcessBackend } from './host-process.js';
import type { BackendResolution } from './types.js';

function unavailable(execution: ExecutionConfig, needs: string): BackendResolution {
  return {
    kind: 'unavailable',
    message: `not available yet: ${execution.placement} × ${execution.runtime} jobs need ${needs}`,
  };
}

export function resolveBackend(execution: ExecutionConfig): BackendResolution {
  const { placement, runtime } = execution;
  switch (runtime) {
    case 'host_process':
      switch (placement) {
        case 'local':
          return { kind: 'ready', backend: hostProcessBackend };
        case 'remote_ssh':
          return unavailable(execution, 'the SSH transport wired into the host-process backend');
        default:
          return assertNever(placement);
      }
    case 'incus':
      switch (placement) {
        case 'local':
        case 'remote_ssh':
          return unavailable(execution, 'the Incus runtime backend');
        default:
          return assertNever(placement);
      }
    case 'tart':
      switch (placement) {
        case 'local':
        case 'remote_ssh':
          return unavailable(execution, 'the Tart runtime backend');
        default:
          return assertNever(placement);
      }
    default:
      return assertNever(runtime);
  }
}
