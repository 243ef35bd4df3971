/**
 * The guest runner script's text, for the executor to push into an instance whose image lacks it
 * (docs/guest-protocol.md "Paths").
 *
 * `nix/incus/pikaci-incus-run` is the single source of truth; nothing is generated. From `src/guest/`
 * (tsx, jest) and `lib/guest/` (the library build) it is two directories up. The ncc bundles carry
 * their own copy: ncc sees the `new URL(…, import.meta.url)` below, emits the file as an asset next
 * to `dist/<entry>/index.js` and rewrites the expression to that asset's plain path (a string, not a
 * URL), which is why both shapes are accepted.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PikaciError } from '../util/index.js';

/** Path of the runner script as seen from this module (or from the bundle). */
export function guestRunnerScriptPath(): string {
  const location: URL | string = new URL('../../nix/incus/pikaci-incus-run', import.meta.url);
  return typeof location === 'string' ? location : fileURLToPath(location);
}

let cached: string | undefined;

export function guestRunnerScript(): string {
  if (cached !== undefined) return cached;
  const path = guestRunnerScriptPath();
  try {
    cached = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PikaciError(`cannot read the guest runner script: ${(error as Error).message}`, {
      where: path,
      hint: 'the script ships as nix/incus/pikaci-incus-run (or next to the bundled dist/<entry>/index.js)',
      cause: error,
    });
  }
  return cached;
}
