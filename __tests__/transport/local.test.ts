/**
 * `LocalTransport`: the Transport contract (contract.ts), then what only the local transport does:
 * the parent's environment as the base (or none), start errors as rejections, and nothing to close.
 */
import { describe, it, expect } from '@jest/globals';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalTransport, PikaciError } from '../../src/index.js';
import { describeTransportContract, run } from './contract.js';

describeTransportContract('LocalTransport', {
  placement: 'local',
  hostLabel: 'localhost',
  open: async ({ killGraceMs }) => new LocalTransport({ killGraceMs }),
});

const transport = new LocalTransport();

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'pikaci-local-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('LocalTransport', () => {
  it("adds env to this process's environment", async () => {
    const result = await run(transport, {
      argv: ['sh', '-c', 'echo "$PIKACI_X"; echo "$PATH"'],
      env: { PIKACI_X: 'x y' },
    });
    expect(result.stdout).toBe(`x y\n${process.env.PATH}\n`);
  });

  it('with inheritEnv false gives the command env and nothing else', async () => {
    process.env['PIKACI_LOCAL_LEAK'] = 'leaked';
    try {
      const result = await run(transport, {
        argv: ['/usr/bin/env'],
        env: { PIKACI_ONLY: '1' },
        inheritEnv: false,
      });
      expect(result.stdout).toBe('PIKACI_ONLY=1\n');
    } finally {
      delete process.env['PIKACI_LOCAL_LEAK'];
    }
  });

  it('rejects a missing program with a PikaciError naming it and how to fix it', async () => {
    const error = await transport.exec({ argv: ['pikaci-no-such-program', 'x'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PikaciError);
    expect((error as PikaciError).message).toBe('command not found: pikaci-no-such-program');
    expect((error as PikaciError).hint).toMatch(/PATH/);
  });

  it('rejects a file that is not executable', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'script');
      await writeFile(file, '#!/bin/sh\n');
      await chmod(file, 0o644);
      await expect(transport.exec({ argv: [file] })).rejects.toThrow(`command is not executable: ${file}`);
    });
  });

  it('rejects a missing working directory', async () => {
    await expect(transport.exec({ argv: ['true'], cwd: '/nonexistent/pikaci' })).rejects.toThrow(
      'working directory does not exist: /nonexistent/pikaci',
    );
  });

  it('still runs commands after close: it holds nothing open', async () => {
    await transport.close();
    expect((await run(transport, { argv: ['true'] })).exitCode).toBe(0);
  });
});
