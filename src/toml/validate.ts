/**
 * Schema validation of parsed TOML with messages that name the file, the line and the key path:
 * every problem of a document is collected and reported in one `TomlValidationError`.
 */
import { safeParse, z } from '../schema/index.js';
import { IssueCollector, unknownKeyMessage } from './issues.js';
import type { KeyPath } from './locator.js';
import type { TomlDocument } from './parse.js';

/** Adds every zod issue to `issues`, below `prefix` (the key path of `data` in the document). */
export function addZodIssues(
  issues: IssueCollector,
  schema: z.ZodType,
  data: unknown,
  error: z.ZodError,
  prefix: KeyPath = [],
): void {
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = objectKeysAt(schema, path, data) ?? [];
      for (const key of issue.keys) issues.add([...prefix, ...path, key], unknownKeyMessage(key, known));
    } else if (issue.code === 'invalid_key') {
      const reasons = issue.issues.map((inner) => inner.message).join('; ');
      issues.add([...prefix, ...path], `invalid key \`${String(path.at(-1))}\`: ${reasons}`);
    } else if (
      issue.code === 'invalid_union' &&
      issue.errors.length > 0 &&
      issue.message === 'Invalid input'
    ) {
      // Without a message of its own, a union says why each alternative failed.
      const reasons = [...new Set(issue.errors.map((branch) => branch[0]?.message).filter(Boolean))];
      issues.add([...prefix, ...path], reasons.length > 0 ? reasons.join('; or ') : issue.message);
    } else {
      issues.add([...prefix, ...path], issue.message);
    }
  }
}

/** Parses `data` with `schema`; on failure throws one error listing every problem with line and key path. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  doc: Pick<TomlDocument, 'file' | 'locator'>,
): z.output<S> {
  const result = safeParse(schema, data);
  if (result.success) return result.data;
  const issues = new IssueCollector(doc.file, doc.locator);
  addZodIssues(issues, schema, data, result.error);
  issues.throwIfAny();
  throw new Error('unreachable: a failed parse reported no issues');
}

/** The keys an object schema accepts at `path` (for "did you mean"), following the data through unions. */
export function objectKeysAt(schema: z.ZodType, path: KeyPath, data: unknown): string[] | undefined {
  const node = unwrap(schema);
  if (node instanceof z.ZodUnion) {
    const options = node.options as readonly z.ZodType[];
    const matching = pickOption(node, data);
    const candidates = matching ? [matching] : options;
    const keys = new Set<string>();
    for (const option of candidates) for (const key of objectKeysAt(option, path, data) ?? []) keys.add(key);
    return keys.size > 0 ? [...keys] : undefined;
  }
  if (path.length === 0) {
    return node instanceof z.ZodObject ? Object.keys(node.shape) : undefined;
  }
  const [head, ...rest] = path;
  const child = childAt(data, head!);
  if (node instanceof z.ZodObject && typeof head === 'string') {
    const field = (node.shape as Record<string, z.ZodType>)[head];
    return field ? objectKeysAt(field, rest, child) : undefined;
  }
  if (node instanceof z.ZodArray) return objectKeysAt(node.element as z.ZodType, rest, child);
  if (node instanceof z.ZodRecord) return objectKeysAt(node.valueType as z.ZodType, rest, child);
  if (node instanceof z.ZodTuple && typeof head === 'number') {
    const item = (node.def.items as readonly z.ZodType[])[head];
    return item ? objectKeysAt(item, rest, child) : undefined;
  }
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (;;) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodNullable || node instanceof z.ZodDefault) {
      node = node.unwrap() as z.ZodType;
    } else if (node instanceof z.ZodPipe) {
      node = node.in as z.ZodType;
    } else {
      return node;
    }
  }
}

function pickOption(union: z.ZodUnion, data: unknown): z.ZodType | undefined {
  if (!(union instanceof z.ZodDiscriminatedUnion) || !isRecord(data)) return undefined;
  const discriminator = union.def.discriminator;
  const value = data[discriminator];
  return (union.options as readonly z.ZodType[]).find((option) => {
    const node = unwrap(option);
    if (!(node instanceof z.ZodObject)) return false;
    const field = unwrap((node.shape as Record<string, z.ZodType>)[discriminator]!);
    return field instanceof z.ZodLiteral && field.values.has(value as never);
  });
}

function childAt(data: unknown, segment: string | number): unknown {
  if (Array.isArray(data) && typeof segment === 'number') return data[segment];
  if (isRecord(data) && typeof segment === 'string') return data[segment];
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
