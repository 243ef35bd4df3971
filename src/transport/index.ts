export type { ExecRequest, ExecResult, Transport } from './types.js';
export { LocalTransport, DEFAULT_KILL_GRACE_MS } from './local.js';
export type { LocalTransportOptions } from './local.js';
export { SshTransport, buildRemoteCommand, withPidMarker, PidMarkerFilter } from './ssh.js';
export { connectSsh } from './connect.js';
export type { SshTransportHooks } from './ssh.js';
export { SshConnectOptionsSchema, parseSshConnectOptions } from './ssh-config.js';
export type { SshConnectOptions, SshConnectOptionsInput } from './ssh-config.js';
export {
  parseKnownHosts,
  verifyHostKey,
  entryMatchesHost,
  knownHostName,
  fingerprint,
  formatKnownHostLine,
  appendKnownHost,
} from './known-hosts.js';
export type { KnownHostEntry, KnownHostMarker, HostKeyVerdict } from './known-hosts.js';
export { capture, mustCapture, shArgv, describeExit, type Captured, type CaptureOptions } from './capture.js';
