// Baseline for bench/cold-start.bench.ts: the least a path-filter action must do on a push — load
// @actions/core, read the event, run git diff, set an output. Bundled with ncc like the action.
import * as core from '@actions/core';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const out = execFileSync('git', ['diff', '--name-only', '-z', '--no-renames', event.before, event.after], {
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
const files = out.split('\0').filter(Boolean);
core.setOutput('changes', JSON.stringify(files.length > 0 ? ['all'] : []));
core.info(`${files.length} changed files`);
