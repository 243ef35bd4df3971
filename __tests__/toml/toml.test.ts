import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import {
  formatKeyPath,
  locateToml,
  parseToml,
  parseTomlFile,
  TomlValidationError,
  validate,
} from '../../src/toml/index.js';
import { InputError } from '../../src/util/errors.js';

const text = `# comment
version = 1
name = "x" # trailing [not.a.table]

[server]
host = "a"
"quoted key".inner = 2
dotted.deep.key = true

[[lanes]]
id = "one"
paths = [
  "a/**", # comment with ] and "
  'b',
  """c""",
]

[[lanes]]
id = "two"
nested = { x = 1, y = [
  { z = 3 },
] }
script = """
line "quoted" \\
[[not.header]]
"""
when = 1979-05-27 07:32:00Z
after = 5

[[lanes.sub]]
k = 1

[[lanes.sub]]
k = 2
`;

describe('locateToml', () => {
  const locator = locateToml(text);
  it.each([
    [['version'], 2],
    [['name'], 3],
    [['server'], 5],
    [['server', 'host'], 6],
    [['server', 'quoted key', 'inner'], 7],
    [['server', 'dotted', 'deep', 'key'], 8],
    [['lanes'], 10],
    [['lanes', 0], 10],
    [['lanes', 0, 'id'], 11],
    [['lanes', 0, 'paths'], 12],
    [['lanes', 0, 'paths', 0], 13],
    [['lanes', 0, 'paths', 1], 14],
    [['lanes', 0, 'paths', 2], 15],
    [['lanes', 1], 18],
    [['lanes', 1, 'nested', 'x'], 20],
    [['lanes', 1, 'nested', 'y', 0, 'z'], 21],
    [['lanes', 1, 'script'], 23],
    [['lanes', 1, 'when'], 27],
    [['lanes', 1, 'after'], 28],
    [['lanes', 1, 'sub', 0, 'k'], 31],
    [['lanes', 1, 'sub', 1, 'k'], 34],
  ] as const)('finds %j on line %i', (path, line) => {
    expect(locator.lineOf(path)).toBe(line);
  });

  it('falls back to the deepest recorded parent', () => {
    expect(locator.lineOf(['lanes', 1, 'missing', 'deeper'])).toBe(18);
    expect(locator.lineOf(['nothing'])).toBe(1);
  });

  it('agrees with the parser on the data it locates', () => {
    const doc = parseToml(text, 'x.toml');
    expect((doc.data.lanes as Array<{ sub?: unknown[] }>)[1]!.sub).toHaveLength(2);
  });
});

describe('formatKeyPath', () => {
  it('writes indexes in brackets and quotes non-bare keys', () => {
    expect(formatKeyPath(['branch', 'lanes', 2, 'paths', 0])).toBe('branch.lanes[2].paths[0]');
    expect(formatKeyPath(['a b', 'c'])).toBe('"a b".c');
    expect(formatKeyPath([])).toBe('');
  });
});

describe('parseToml', () => {
  it('reports syntax errors with file:line:col', () => {
    expect(() => parseToml('a = 1\nb = [1,\n  2,,]\n', 'ci/x.toml')).toThrow(
      /^ci\/x\.toml:3:5: invalid TOML: Unexpected character/,
    );
  });

  it('reports a redefined key as a syntax error with its position', () => {
    const error = (() => {
      try {
        parseToml('a = 1\na = 2\n', 'f.toml');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe("f.toml:2:6: invalid TOML: Can't redefine existing key");
  });

  it('reports a missing file as bad input', async () => {
    await expect(parseTomlFile('/nonexistent/dir/x.toml')).rejects.toThrow(
      'cannot read /nonexistent/dir/x.toml (ENOENT)',
    );
  });

  it('reads a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'toml-'));
    writeFileSync(join(dir, 'a.toml'), 'x = "y"\n');
    expect((await parseTomlFile(join(dir, 'a.toml'))).data).toEqual({ x: 'y' });
  });
});

describe('validate', () => {
  const Schema = z.strictObject({
    version: z.literal(1),
    lanes: z.array(
      z.strictObject({
        id: z.string(),
        runtime: z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('a'), alpha: z.string().optional() }),
          z.strictObject({ kind: z.literal('b'), beta: z.string().optional() }),
        ]),
        runs_on: z.union([z.string(), z.array(z.string())]).optional(),
      }),
    ),
  });
  const bad = `version = 2

[[lanes]]
id = "ok"
runtime = { kind = "a" }

[[lanes]]
idd = "typo"
runtime = { kind = "b", bet = "x" }
runs_on = 3
`;

  it('lists every issue with file, line, key path and did-you-mean', () => {
    const doc = parseToml(bad, 'm.toml');
    let caught: unknown;
    try {
      validate(Schema, doc.data, doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TomlValidationError);
    const message = (caught as TomlValidationError).message;
    expect(message.split('\n')[0]).toBe('5 problems in m.toml:');
    // Sorted by line.
    expect(message.split('\n')[3]).toContain('m.toml:8:');
    expect(message).toContain('m.toml:1: version: Invalid input: expected 1');
    expect(message).toContain('m.toml:7: lanes[1].id: Invalid input: expected string, received undefined');
    expect(message).toContain('m.toml:8: lanes[1].idd: unknown key `idd`; did you mean `id`?');
    expect(message).toContain('m.toml:9: lanes[1].runtime.bet: unknown key `bet`; did you mean `beta`?');
    expect(message).toContain(
      'm.toml:10: lanes[1].runs_on: Invalid input: expected string, received number; or Invalid input: expected array, received number',
    );
    expect((caught as TomlValidationError).exitCode).toBe(2);
  });

  it('returns the parsed data when valid', () => {
    const doc = parseToml('version = 1\nlanes = []\n', 'ok.toml');
    expect(validate(Schema, doc.data, doc)).toEqual({ version: 1, lanes: [] });
  });
});
