/**
 * How to reach and drive an Incus (or LXD) daemon on a placement host. This is host configuration,
 * not job data: it comes from action inputs, CLI flags or the environment, never from job ids.
 */
import { z } from '../../schema/index.js';

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
