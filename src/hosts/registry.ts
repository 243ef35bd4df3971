/**
 * Every runtime, one line each (README "Adding a runtime"). The mapped type makes a runtime the
 * catalog knows but no module provides a compile error here.
 */
import { hostProcessModule } from '../backends/host-process/index.js';
import { tartModule } from '../backends/tart/index.js';
import { incusModule } from '../backends/incus/index.js';
import type { RuntimeKind } from '../model/index.js';
import type { BackendModule } from '../runtime/index.js';

export const BACKENDS = {
  host_process: hostProcessModule,
  incus: incusModule,
  tart: tartModule,
} as const satisfies { readonly [R in RuntimeKind]: BackendModule<unknown> };

export type Backends = typeof BACKENDS;

/** A runtime's config type, as its module defines it. */
export type ConfigOf<R extends RuntimeKind> = Backends[R] extends BackendModule<infer C> ? C : never;

/** The parts of each runtime's config a caller sets (the rest are the module's defaults). */
export type BackendOverrides = { [R in RuntimeKind]?: Partial<ConfigOf<R>> };

export const RUNTIME_KINDS = Object.keys(BACKENDS) as RuntimeKind[];
