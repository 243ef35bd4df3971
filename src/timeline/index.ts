/** Pictures of where time went: one bar model, drawn as Mermaid (summaries) and SVG (HTML view). */
export { MAX_TIMELINE_BARS, runTimeline, type Timeline, type TimelineBar, type BarStatus } from './bars.js';
export { runTimelineMermaid, timelineMermaid, mermaidLabel, type Highlight } from './mermaid.js';
export { workflowTimeline, criticalPath, type WorkflowJobTiming } from './workflow.js';
export { timelineSvg, formatDuration } from './svg.js';
