import { describe, expect, it } from '@jest/globals';
import {
  diskDeviceArgv,
  IncusHostConfigSchema,
  incusArgv,
  initArgv,
} from '../../src/backends/incus/index.js';

describe('incus host config', () => {
  it('defaults to the upstream project, profile and image', () => {
    const config = IncusHostConfigSchema.parse({});
    expect(config).toMatchObject({
      cli: 'incus',
      project: 'pika-managed-agents',
      profiles: ['default', 'pika-agent-dev'],
      image: 'pikaci/dev',
      instance_type: 'vm',
      limits: { cpu: 2, memory: '4096MiB' },
    });
  });

  it('rejects unknown keys and bad sizes', () => {
    expect(IncusHostConfigSchema.safeParse({ cli: 'docker' }).success).toBe(false);
    expect(IncusHostConfigSchema.safeParse({ limits: { memory: '4 gigs' } }).success).toBe(false);
    expect(IncusHostConfigSchema.safeParse({ projct: 'x' }).success).toBe(false);
  });

  it('builds argv with sudo and project', () => {
    const config = IncusHostConfigSchema.parse({ cli: 'lxc', sudo: true, project: 'p' });
    expect(incusArgv(config, ['start'], 'i')).toEqual(['sudo', '-n', 'lxc', 'start', '--project', 'p', 'i']);
  });

  it('builds the init argv with sorted limits and run labels', () => {
    const config = IncusHostConfigSchema.parse({ storage_pool: 'default' });
    expect(initArgv(config, 'pikaci-x', 'r', 'j')).toEqual([
      'incus',
      'init',
      '--project',
      'pika-managed-agents',
      '--storage',
      'default',
      '--profile',
      'default',
      '--profile',
      'pika-agent-dev',
      '--config',
      'limits.cpu=2',
      '--config',
      'limits.memory=4096MiB',
      '--config',
      'user.pikaci.run_id=r',
      '--config',
      'user.pikaci.job_id=j',
      '--vm',
      'pikaci/dev',
      'pikaci-x',
    ]);
  });

  it('adds virtiofs only for VMs, readonly only when read-only, shift=false last', () => {
    const vm = IncusHostConfigSchema.parse({ project: 'p' });
    const device = { name: 'pk-snapsh-1', source: '/s', path: '/workspace/snapshot', readOnly: true };
    expect(diskDeviceArgv(vm, 'i', device).slice(-6)).toEqual([
      'disk',
      'io.bus=virtiofs',
      'path=/workspace/snapshot',
      'readonly=true',
      'source=/s',
      'shift=false',
    ]);
    const container = IncusHostConfigSchema.parse({ project: 'p', instance_type: 'container' });
    expect(diskDeviceArgv(container, 'i', { ...device, readOnly: false }).slice(-4)).toEqual([
      'disk',
      'path=/workspace/snapshot',
      'source=/s',
      'shift=false',
    ]);
  });
});
