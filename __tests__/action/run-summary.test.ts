/** The run summary keeps repository and catalog strings inside their table cell, without HTML. */
import { describe, expect, it } from '@jest/globals';
import { runSummaryMarkdown } from '../../src/action/run-summary.js';
import { RunRecordSchema } from '../../src/records/index.js';

describe('run summary cells', () => {
  it('a job message with a line break, a pipe and HTML stays one literal cell of its row', () => {
    const now = new Date().toISOString();
    const run = RunRecordSchema.parse({
      run_id: '20260101T000000Z-abcdef01',
      status: 'failed',
      rerun_of: null,
      target_id: 't',
      target_description: 'target <script>alert(1)</script>',
      source_root: '/s',
      snapshot_dir: '/s',
      git_head: null,
      created_at: now,
      changed_files: [],
      filters: [],
      message: null,
      jobs: [
        {
          id: 'job-1',
          description: 'd',
          status: 'failed',
          executor: 'host_local',
          placement: 'local',
          runtime: 'host_process',
          plan_node_id: null,
          timeout_secs: 1,
          host_log_path: '/x',
          guest_log_path: '/y',
          started_at: now,
          finished_at: now,
          exit_code: 1,
          message: 'cannot read docs/<img src=x onerror=alert(1)>|x.md\n| injected | row |',
          pre_execution_prepare_duration_ms: null,
          remote_linux_vm_execution: null,
        },
      ],
    });
    const markdown = runSummaryMarkdown({
      lane: { id: 'l', title: 'lane <b>title</b>' },
      run,
      logTails: new Map(),
      artifact: { kind: 'not_uploaded', name: 'pikaci-l-1', reason: 'test' },
      repository: 'o/r',
      workflowRunId: '1',
    });
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `job-1`'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split(/(?<!\\)\|/)).toHaveLength(9);
    expect(markdown).not.toMatch(/^\| injected/m);
    expect(markdown).not.toMatch(/<(img|script|b)[ >]/);
    expect(rows[0]).toContain('docs/&lt;img src=x onerror=alert(1)&gt;\\|x.md \\| injected \\| row \\|');
    expect(markdown).toContain('lane &lt;b&gt;title&lt;/b&gt;');
  });
});
