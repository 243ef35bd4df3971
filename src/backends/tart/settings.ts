/**
 * The Tart backend's host settings (README "Host settings"): one row each for the flag, the
 * `PIKACI_TART_*` variable and the action input, and how they become a `TartHostConfig`. Names keep
 * upstream's variables where it had them (`PIKACI_TART_BASE_VM`, `PIKACI_TART_USE_HOST_XCODE`,
 * `PIKACI_TART_XCODE_APP`).
 */
import { safeParse } from '../../schema/index.js';
import { setting, type SettingOrigin, type SettingSpec, type SettingValues } from '../../runtime/index.js';
import { InputError } from '../../util/index.js';
import { TartHostConfigSchema, type TartHostConfig } from './config.js';

export const TART_SETTINGS: readonly SettingSpec[] = [
  {
    name: 'tart-base-vm',
    env: 'PIKACI_TART_BASE_VM',
    kind: 'text',
    argument: '<vm>',
    description: 'the Tart VM each job clones (default sequoia-base)',
  },
  {
    name: 'tart-ready-timeout',
    env: 'PIKACI_TART_READY_TIMEOUT',
    kind: 'integer',
    argument: '<seconds>',
    min: 1,
    max: 86400,
    description: 'seconds the Tart guest agent may take to answer after each boot (default 180)',
  },
  {
    name: 'tart-use-host-xcode',
    env: 'PIKACI_TART_USE_HOST_XCODE',
    kind: 'boolean',
    description: "share the host's Xcode and /Library/Developer into Tart guests",
  },
  {
    name: 'tart-xcode-app',
    env: 'PIKACI_TART_XCODE_APP',
    kind: 'text',
    argument: '<path>',
    absolute: true,
    description:
      "the host's Xcode app for --tart-use-host-xcode (default: Xcode-16.4.0.app, xcode-select, or the newest /Applications/Xcode*.app)",
  },
  {
    name: 'tart-rust-toolchain',
    env: 'PIKACI_TART_RUST_TOOLCHAIN',
    kind: 'text',
    argument: '<path>',
    absolute: true,
    description:
      "the host's Rust toolchain root shared into jobs with mount_host_rust_toolchain (default: from `command -v cargo` on the host)",
  },
  {
    name: 'tart-slot-timeout',
    env: 'PIKACI_TART_SLOT_TIMEOUT',
    kind: 'integer',
    argument: '<seconds>',
    min: 0,
    max: 604800,
    description: 'seconds a Tart job waits for one of the host’s two VM slots (default 7200)',
  },
];

/** The Tart settings given (nothing else): the partial config the defaults complete. */
export function tartSettings(values: SettingValues, _origin?: SettingOrigin): Partial<TartHostConfig> {
  const tart: Partial<TartHostConfig> = {};
  const baseVm = setting.text(values, 'tart-base-vm');
  if (baseVm !== undefined) tart.base_vm = baseVm;
  const ready = setting.integer(values, 'tart-ready-timeout');
  if (ready !== undefined) tart.readiness_timeout_secs = ready;
  const xcode = setting.boolean(values, 'tart-use-host-xcode');
  if (xcode !== undefined) tart.use_host_xcode = xcode;
  const xcodeApp = setting.text(values, 'tart-xcode-app');
  if (xcodeApp !== undefined) tart.xcode_app = xcodeApp;
  const toolchain = setting.text(values, 'tart-rust-toolchain');
  if (toolchain !== undefined) tart.rust_toolchain = toolchain;
  const slot = setting.integer(values, 'tart-slot-timeout');
  if (slot !== undefined) tart.slot_timeout_secs = slot;
  return tart;
}

/** The given parts → the full config, with the host's work dir; a value the schema refuses is named. */
export function completeTart(given: Partial<TartHostConfig>, host: { workDir: string }): TartHostConfig {
  const checked = safeParse(TartHostConfigSchema, { ...given, work_dir: host.workDir });
  if (!checked.success) {
    throw new InputError(
      `invalid Tart settings: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return checked.data;
}
