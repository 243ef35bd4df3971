/**
 * `connectSsh` as the rest of the code calls it: the SSH transport (and ssh2 behind it) is loaded
 * only when a run has a host to dial, so a run on this machine never compiles it.
 */
import type { SshConnectOptionsInput } from './ssh-config.js';
import type { SshTransport, SshTransportHooks } from './ssh.js';

/** Validate the options, load the keys, dial and verify the host key (see `SshTransport`). */
export async function connectSsh(
  input: SshConnectOptionsInput,
  hooks: SshTransportHooks = {},
): Promise<SshTransport> {
  const ssh = await import('./ssh.js');
  return ssh.connectSsh(input, hooks);
}
