import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';

describe('pikaci entry point', () => {
  it('exits 0 quietly when the reader closes the pipe early', () => {
    const result = spawnSync(
      'bash',
      [
        '-o',
        'pipefail',
        '-c',
        'node_modules/.bin/tsx src/cli/main.ts targets --json --catalog catalog/pika.toml --manifest catalog/pika-forge-lanes.toml | head -c 10 >/dev/null',
      ],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('maps bad input to exit 2 with the message on stderr', () => {
    const result = spawnSync(
      'node_modules/.bin/tsx',
      ['src/cli/main.ts', 'targets', '--catalog', 'no/such/catalog.toml'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no/such/catalog.toml');
  });
});
