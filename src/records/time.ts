/**
 * Timestamps in records: written as RFC 3339 UTC with `Z` (millisecond precision); read in any
 * RFC 3339 form, including upstream's `+00:00` offset with up to 9 fractional digits.
 */
import { z } from '../schema/index.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|z|[+-]\d{2}:\d{2})$/;

export const TimestampSchema = z
  .string()
  .regex(RFC3339, 'expected an RFC 3339 timestamp such as 2026-03-19T01:02:03Z');

export function rfc3339(date: Date = new Date()): string {
  return date.toISOString();
}

/** Milliseconds since the epoch of an RFC 3339 timestamp (any offset, any precision). */
export function timestampMs(value: string): number {
  return Date.parse(value.replace(/(\.\d{3})\d+/, '$1'));
}
