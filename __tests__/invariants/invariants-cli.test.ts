/** `pikaci invariants` through the real CLI entry (tsx): pass/fail per invariant and the exit code. */
import { describe, expect, it } from '@jest/globals';
import { runCli as cli } from '../support/cli.js';

describe('pikaci invariants', () => {
  it('passes on this repository and prints JSON', async () => {
    const { code, stdout } = await cli(['invariants', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      ok: boolean;
      invariants: Array<{
        id: string;
        ok: boolean;
        check: string;
        kind: string;
        statement: string;
        details: string[];
      }>;
    };
    expect(report.ok).toBe(true);
    expect(report.invariants.map((i) => [i.id, i.check, i.ok])).toEqual([
      ['PIKACI-001', 'catalog-valid', true],
      ['PIKACI-002', 'no-catalog-ids-in-source', true],
      ['PIKACI-003', 'staged-targets-bound', true],
      ['PIKACI-004', 'no-id-heuristics', true],
      ['PIKACI-005', 'jobspec-shape', true],
      ['PIKACI-101', 'one-way-imports', true],
    ]);
  });

  it('exits 1 and prints FAIL when a check fails', async () => {
    const { code, stdout } = await cli(['invariants', '--manifest', 'ci/forge-lanes.toml']);
    expect(code).toBe(1);
    expect(stdout).toContain('FAIL  PIKACI-003  [staged-targets-bound]');
    expect(stdout).toContain('staged target `pre-merge-rmp` is bound by no branch lane');
    expect(stdout).toContain('1 of 6 invariants fail');
  });
});
