import { describe, expect, it } from '@jest/globals';
import {
  diskProperties,
  IncusHostConfigSchema,
  incusArgv,
  launchArgv,
  launchConfig,
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

  it('builds the launch argv, quiet, with sorted limits and run labels', () => {
    const config = IncusHostConfigSchema.parse({ storage_pool: 'default' });
    expect(launchArgv(config, 'pikaci-x', 'r', 'j')).toEqual([
      'incus',
      'launch',
      '--quiet',
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

  it('gives disks virtiofs only on VMs, readonly only when read-only, type first and shift=false last', () => {
    const vm = IncusHostConfigSchema.parse({ project: 'p' });
    const device = { name: 'pk-snapsh-1', source: '/s', path: '/workspace/snapshot', readOnly: true };
    expect(diskProperties(vm, device)).toEqual([
      ['type', 'disk'],
      ['io.bus', 'virtiofs'],
      ['path', '/workspace/snapshot'],
      ['readonly', 'true'],
      ['source', '/s'],
      ['shift', 'false'],
    ]);
    const container = IncusHostConfigSchema.parse({ project: 'p', instance_type: 'container' });
    expect(diskProperties(container, { ...device, readOnly: false })).toEqual([
      ['type', 'disk'],
      ['path', '/workspace/snapshot'],
      ['source', '/s'],
      ['shift', 'false'],
    ]);
  });

  it("writes launch's devices as YAML: JSON strings, and a script variable as a literal block", () => {
    const container = IncusHostConfigSchema.parse({ project: 'p', instance_type: 'container' });
    const parts = launchConfig(container, [
      { name: 'pk-snapsh-1', source: { variable: 'snapshot' }, path: '/workspace/snapshot', readOnly: true },
      { name: 'odd "one"', source: '/a b: #c', path: "/x/it's\\", readOnly: false },
    ]);
    const rendered = parts.map((part) => (typeof part === 'string' ? part : `<$${part.variable}>`)).join('');
    expect(rendered).toBe(
      [
        'devices:',
        '  "pk-snapsh-1":',
        '    "type": "disk"',
        '    "path": "/workspace/snapshot"',
        '    "readonly": "true"',
        '    "source": |2-',
        '      <$snapshot>',
        '    "shift": "false"',
        '  "odd \\"one\\"":',
        '    "type": "disk"',
        '    "path": "/x/it\'s\\\\"',
        '    "source": "/a b: #c"',
        '    "shift": "false"',
        '',
      ].join('\n'),
    );
  });
});
