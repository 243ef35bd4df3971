/**
 * How to reach and drive an Incus (or LXD) daemon on a placement host. This is host configuration,
 * not job data: it comes from action inputs, CLI flags or the environment, never from job ids.
 */
import { z } from 'zod';

export const IncusHostConfigSchema = z.strictObject({
  /** `incus`, or `lxc` for LXD, whose CLI is the same for every command used here. */
  cli: z.enum(['incus', 'lxc']).default('incus'),
  /** Prefix every Incus command with `sudo -n` (non-interactive: a password prompt fails fast). */
  sudo: z.boolean().default(false),
  project: z.string().min(1).default('pika-managed-agents'),
  profiles: z.array(z.string().min(1)).min(1).default(['default', 'pika-agent-dev']),
  storage_pool: z.string().min(1).optional(),
  image: z.string().min(1).default('pikaci/dev'),
  instance_type: z.enum(['vm', 'container']).default('vm'),
  limits: z
    .strictObject({
      cpu: z.number().int().positive().optional(),
      memory: z
        .string()
        .regex(/^\d+(KiB|MiB|GiB|TiB|kB|MB|GB|TB)$/, 'memory is a size such as `4096MiB`')
        .optional(),
    })
    .default({ cpu: 2, memory: '4096MiB' }),
  readiness_timeout_secs: z.number().int().positive().default(120),
  /** Remote work dir W on the placement host (runs/, snapshots/, cache/). */
  work_dir: z.string().startsWith('/', 'work_dir must be absolute').default('/var/tmp/pikaci'),
});
export type IncusHostConfig = z.infer<typeof IncusHostConfigSchema>;

/** argv of one Incus CLI invocation: `[sudo -n] <cli> <args...>`; `--project` goes after the verb. */
export function incusArgv(config: IncusHostConfig, verb: readonly string[], ...rest: string[]): string[] {
  return [...(config.sudo ? ['sudo', '-n'] : []), config.cli, ...verb, '--project', config.project, ...rest];
}

/** `limits.*` config keys in sorted order, only those present. */
export function limitConfig(config: IncusHostConfig): string[] {
  const entries: Array<[string, string]> = [];
  if (config.limits.cpu !== undefined) entries.push(['limits.cpu', String(config.limits.cpu)]);
  if (config.limits.memory !== undefined) entries.push(['limits.memory', config.limits.memory]);
  entries.sort(([a], [b]) => a.localeCompare(b));
  return entries.flatMap(([key, value]) => ['--config', `${key}=${value}`]);
}

export interface DiskDevice {
  name: string;
  source: string;
  path: string;
  readOnly: boolean;
}

/**
 * `config device add` argv for a disk. Properties sorted by key; `readonly=true` only when read-only;
 * `io.bus=virtiofs` only for VMs (containers bind-mount and reject the key); `shift=false` last.
 */
export function diskDeviceArgv(config: IncusHostConfig, instance: string, device: DiskDevice): string[] {
  const properties: Array<[string, string]> = [
    ['path', device.path],
    ['source', device.source],
  ];
  if (device.readOnly) properties.push(['readonly', 'true']);
  if (config.instance_type === 'vm') properties.push(['io.bus', 'virtiofs']);
  properties.sort(([a], [b]) => a.localeCompare(b));
  return incusArgv(
    config,
    ['config', 'device', 'add'],
    instance,
    device.name,
    'disk',
    ...properties.map(([key, value]) => `${key}=${value}`),
    'shift=false',
  );
}

/** `init` argv: created, not started; carries the run id so `gc --instances` can find orphans. */
export function initArgv(config: IncusHostConfig, instance: string, runId: string, jobId: string): string[] {
  return incusArgv(
    config,
    ['init'],
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
