/**
 * Atomic record writes (docs/design.md decision 12): a temp file in the same directory, fsync, rename, so a
 * reader (or a killed writer) never sees a torn JSON file. Writes to one path are serialised in
 * this process so an older snapshot of a record can never overwrite a newer one.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse, type z } from '../schema/index.js';
import { redactDeep } from '../util/index.js';

const queues = new Map<string, Promise<void>>();

/**
 * Pretty JSON (2-space indent, as upstream), validated by `schema` so the field order is the schema's.
 * Every string passes the redactor (README "Security"), so no record carries a secret.
 */
export async function writeRecord<S extends z.ZodType>(
  path: string,
  schema: S,
  value: z.input<S>,
): Promise<void> {
  const text = JSON.stringify(redactDeep(parse(schema, value)), null, 2);
  await writeFileAtomic(path, text);
}

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const previous = queues.get(path) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => replaceFile(path, text));
  queues.set(path, next);
  try {
    await next;
  } finally {
    if (queues.get(path) === next) queues.delete(path);
  }
}

async function replaceFile(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w', 0o644);
  try {
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    // A half-written temp file (a full disk) is never renamed, and must not keep its space.
    await rm(temp, { force: true });
    throw error;
  }
}
