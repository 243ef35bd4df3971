export type { ExecRequest, ExecResult, Transport } from './types.js';
export { LocalTransport, DEFAULT_KILL_GRACE_MS } from './local.js';
export type { LocalTransportOptions } from './local.js';
