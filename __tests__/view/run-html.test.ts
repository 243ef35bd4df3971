/** The page's prepared-outputs table says where each output was realized and how (README "Staged payloads"). */
import { describe, expect, it } from '@jest/globals';
import { PreparedOutputsRecordSchema } from '../../src/records/index.js';
import { runHtml } from '../../src/view/index.js';
import { runRecord } from '../timeline/fixture.js';

const output = (fields: Record<string, unknown>) => ({
  node_id: 'prepare-deps',
  installable: 'path:/w/snapshots/abc/snapshot#ci.deps',
  output_name: 'ci.deps',
  protocol: 'nix_store_path_v1',
  residency: 'remote_authoritative_staged_linux',
  consumer: 'host_local_symlink_mounts_v1',
  realized_path: '/nix/store/aaaa-deps',
  consumer_request_path: null,
  consumer_result_path: null,
  consumer_launch_request_path: null,
  consumer_transport_request_path: null,
  exposures: [],
  requested_exposures: [],
  payload: null,
  ...fields,
});

describe('runHtml prepared outputs', () => {
  it('shows built / reused with the host and the proving run, the status and error, and escapes them', () => {
    const run = runRecord([{ id: 'a', status: 'passed', start: 0, end: 1000 }]);
    const html = runHtml({
      bundle: {
        run,
        logs: { run_id: run.run_id, status: run.status, jobs: [] },
        prepared_outputs: PreparedOutputsRecordSchema.parse({
          schema_version: 1,
          outputs: [
            output({
              placement: 'remote_ssh',
              host: 'ci@builder:22',
              realization: 'reused',
              reused_from_run: 'r1',
            }),
            output({ node_id: 'prepare-build', placement: 'local', host: 'local', realization: 'built' }),
            output({ node_id: 'prepare-old', residency: 'local_authoritative' }),
            output({
              node_id: 'prepare-bad',
              status: 'failed',
              error: 'nix <b>error</b>',
              realization: 'built',
              host: 'h',
            }),
          ],
        }),
      },
      logs: new Map(),
    });
    expect(html).toContain('<th>where</th><th>status</th>');
    expect(html).toContain('<td>reused on ci@builder:22 (from run r1)</td><td class="passed">succeeded</td>');
    expect(html).toContain('<td>built on local</td>');
    expect(html).toContain('<td>local_authoritative</td>');
    expect(html).toContain('<td class="failed">failed: nix &lt;b&gt;error&lt;/b&gt;</td>');
  });
});
