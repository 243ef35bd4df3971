/** The GitHub Actions job matrix for the selected lanes: `strategy.matrix: ${{ fromJSON(...) }}`. */
import type { Lane, LaneGroup } from '../model/index.js';
import type { LaneSelection } from './select.js';

export interface MatrixEntry {
  lane: string;
  title: string;
  group: LaneGroup;
  target: string | null;
  command: readonly string[] | null;
  concurrency_group: string | null;
  runs_on: string | readonly string[];
}

export interface Matrix {
  include: MatrixEntry[];
}

/** One entry per selected lane, in manifest order. `lanes` must hold every lane a selection names. */
export function buildMatrix(lanes: readonly Lane[], selections: readonly LaneSelection[]): Matrix {
  const byId = new Map(lanes.map((lane) => [lane.id, lane]));
  const include = selections
    .filter((selection) => selection.selected)
    .map((selection): MatrixEntry => {
      const lane = byId.get(selection.id);
      if (lane === undefined)
        throw new Error(`selection names lane \`${selection.id}\`, which is not in the lane list`);
      return {
        lane: lane.id,
        title: lane.title,
        group: lane.group,
        target: lane.target,
        command: lane.command,
        concurrency_group: lane.concurrency_group,
        runs_on: lane.runs_on,
      };
    });
  return { include };
}
