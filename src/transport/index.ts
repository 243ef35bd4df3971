export type { ExecRequest, ExecResult, Transport } from './types.js';
