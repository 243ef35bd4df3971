/** Lane selection (which lanes a change selects, and why) and the job matrix built from it. */
export { selectLanes, explainReason, parseLaneList } from './select.js';
export type { LaneSelection, SelectInput, SelectionReason, SelectionReasonKind } from './select.js';
export { buildMatrix } from './matrix.js';
export type { Matrix, MatrixEntry } from './matrix.js';
