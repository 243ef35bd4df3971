/**
 * How to reach and drive Tart on a placement host (README "Tart"). Host configuration, not job data:
 * it comes from action inputs, CLI flags or the environment (`./settings.ts`), never from job ids.
 */
import { z } from '../../schema/index.js';

/** Apple's macOS licence allows two macOS VMs per Mac; Virtualization.framework enforces it. */
export const TART_VM_SLOTS = 2;

export const TartHostConfigSchema = z.strictObject({
  /** The VM each job's VM is cloned from (upstream `PIKACI_TART_BASE_VM`). */
  base_vm: z.string().min(1).default('sequoia-base'),
  /** How long the guest agent may take to answer `tart exec <vm> true` after each boot. */
  readiness_timeout_secs: z.number().int().positive().default(180),
  /** Share the host's Xcode and /Library/Developer into the guest (upstream `PIKACI_TART_USE_HOST_XCODE`). */
  use_host_xcode: z.boolean().default(false),
  /** The host's Xcode app bundle; found on the host when unset (upstream `PIKACI_TART_XCODE_APP`). */
  xcode_app: z.string().startsWith('/', 'xcode_app must be an absolute path').optional(),
  /** The host's Rust toolchain root (`<root>/bin/cargo`) for `mount_host_rust_toolchain` jobs; found with `command -v cargo` when unset. */
  rust_toolchain: z.string().startsWith('/', 'rust_toolchain must be an absolute path').optional(),
  /** How long a job waits for one of the host's VM slots before it fails. */
  slot_timeout_secs: z.number().int().nonnegative().default(7200),
  /** Seconds `tart stop` waits for a graceful shutdown before it kills the VM (`tart stop --timeout`). */
  stop_timeout_secs: z.number().int().nonnegative().default(30),
  /**
   * How long the host waits past a job's timeout for the guest runner (docs/design.md decision 6: the
   * guest's own `timeout` fires first and still writes result.json).
   */
  host_grace_secs: z.number().int().nonnegative().default(30),
  /** Work dir W on the placement host (runs/, snapshots/, locks/, and bin/ first on PATH). */
  work_dir: z.string().startsWith('/', 'work_dir must be absolute').default('/var/tmp/pikaci'),
});
export type TartHostConfig = z.infer<typeof TartHostConfigSchema>;
