/**
 * The one wrapper of the Incus CLI (docs/design.md decision 11): every argv the backend runs is built
 * here (`[sudo -n] incus|lxc <verb> --project <p> …`) and runs through the job's `Transport`, so local
 * and remote placement share it (decision 1). A command that fails is an `IncusCommandError` naming
 * what was being done, the host, how it ended and the end of its stderr.
 */
import { capture, describeExit, type Captured, type CaptureOptions } from '../../transport/index.js';
import type { ExecRequest, ExecResult, Transport } from '../../transport/index.js';
import { VmFailure } from '../../vm/index.js';
import type { IncusHostConfig } from './config.js';
import type { TextPart } from './script.js';

/** argv of one Incus CLI invocation: `[sudo -n] <cli> <args...>`; `--project` goes after the verb. */
export function incusArgv(config: IncusHostConfig, verb: readonly string[], ...rest: string[]): string[] {
  return [...(config.sudo ? ['sudo', '-n'] : []), config.cli, ...verb, '--project', config.project, ...rest];
}

/** `limits.*` config keys in sorted order, only those present. */
export function limitConfig(config: IncusHostConfig): string[] {
  // Written in key order: `localeCompare` would load ICU's collator (~5 ms) to sort two fixed keys.
  const entries: Array<[string, string]> = [];
  if (config.limits.cpu !== undefined) entries.push(['limits.cpu', String(config.limits.cpu)]);
  if (config.limits.memory !== undefined) entries.push(['limits.memory', config.limits.memory]);
  return entries.flatMap(([key, value]) => ['--config', `${key}=${value}`]);
}

export interface DiskDevice {
  name: string;
  source: string;
  path: string;
  readOnly: boolean;
}

/**
 * A disk device's properties: `type=disk`, the rest in key order; `readonly=true` only when read-only;
 * `io.bus=virtiofs` only for VMs (containers bind-mount and reject the key); `shift=false` last.
 */
export function diskProperties<S = string>(
  config: IncusHostConfig,
  device: Omit<DiskDevice, 'source'> & { source: S },
): Array<[string, string | S]> {
  // Written in key order (io.bus, path, readonly, source), as limitConfig is.
  const properties: Array<[string, string | S]> = [['type', 'disk']];
  if (config.instance_type === 'vm') properties.push(['io.bus', 'virtiofs']);
  properties.push(['path', device.path]);
  if (device.readOnly) properties.push(['readonly', 'true']);
  properties.push(['source', device.source], ['shift', 'false']);
  return properties;
}

/**
 * The instance config `launch` reads on stdin (Incus and LXD both take `launch <image> <name> <
 * config.yaml`, merged with the flags): the job's disk devices. Every key and value is a JSON
 * string, which is a YAML double-quoted scalar, except a value the host script computed (a resolved
 * source): that one is a literal block scalar (`|2-`) holding the variable's bytes as they are, so
 * nothing needs escaping; the script refuses a value with a control character first (a line break
 * would end the block).
 */
export function launchConfig(
  config: IncusHostConfig,
  devices: ReadonlyArray<Omit<DiskDevice, 'source'> & { source: TextPart }>,
): TextPart[] {
  const parts: TextPart[] = ['devices:\n'];
  for (const device of devices) {
    parts.push(`  ${JSON.stringify(device.name)}:\n`);
    for (const [key, value] of diskProperties(config, device)) {
      if (typeof value === 'string') parts.push(`    ${JSON.stringify(key)}: ${JSON.stringify(value)}\n`);
      else parts.push(`    ${JSON.stringify(key)}: |2-\n      `, value, '\n');
    }
  }
  return parts;
}

/**
 * `launch` argv: created and started in one command, with the devices from `launchConfig` on stdin;
 * it carries the run and job ids so `gc --instances` can find orphans. `--quiet` keeps the CLI's
 * progress lines (carriage-return animations) out of host.log; errors still show.
 */
export function launchArgv(
  config: IncusHostConfig,
  instance: string,
  runId: string,
  jobId: string,
): string[] {
  return incusArgv(
    config,
    ['launch', '--quiet'],
    ...(config.storage_pool ? ['--storage', config.storage_pool] : []),
    ...config.profiles.flatMap((profile) => ['--profile', profile]),
    ...limitConfig(config),
    '--config',
    `user.pikaci.run_id=${runId}`,
    '--config',
    `user.pikaci.job_id=${jobId}`,
    ...(config.instance_type === 'vm' ? ['--vm'] : []),
    config.image,
    instance,
  );
}

/** An Incus command that did not succeed; `exitCode` is set when it ran to its end. */
export class IncusCommandError extends VmFailure {
  constructor(label: string, host: string, result: Captured) {
    super(
      `${label} on ${host} failed (${describeExit(result)})${stderrTail(result.stderr)}`,
      result.exitCode,
    );
    this.name = 'IncusCommandError';
  }
}

export interface ImageRecord {
  fingerprint: string;
  aliases?: Array<{ name: string }>;
}

/** The Incus CLI of one host, for one job (the launch script logs its own commands to host.log). */
export class IncusCli {
  constructor(
    readonly config: IncusHostConfig,
    private readonly transport: Transport,
  ) {}

  get host(): string {
    return this.transport.hostLabel;
  }

  argv(verb: readonly string[], ...rest: string[]): string[] {
    return incusArgv(this.config, verb, ...rest);
  }

  /** Runs `argv` quietly and returns how it ended, whatever that was. */
  capture(argv: readonly string[], options: CaptureOptions = {}): Promise<Captured> {
    return capture(this.transport, argv, options);
  }

  /** Runs `request` (its argv an Incus command) with its output streamed, not captured. */
  stream(request: ExecRequest): Promise<ExecResult> {
    return this.transport.exec(request);
  }
}

/** `: <last three lines of stderr>`, or nothing when it is empty. */
export function stderrTail(stderr: string): string {
  const text = stderr.trim();
  return text ? `: ${text.split('\n').slice(-3).join(' | ')}` : '';
}
