/** The shipped Pika catalog against upstream (docs/upstream.md, lanes 2 and 5.2), row by row. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  bindManifest,
  defaultCatalogPath,
  loadCatalog,
  manifestOptionsFor,
  resolveTarget,
} from '../../src/catalog/index.js';
import { loadManifest } from '../../src/manifest/index.js';
import {
  compileGuestCommand,
  compileJobCommand,
  executorLabel,
  type JobSpec,
} from '../../src/model/index.js';

const PIKA_MANIFEST = fileURLToPath(new URL('../../catalog/pika-forge-lanes.toml', import.meta.url));
const catalog = await loadCatalog(defaultCatalogPath());
const W = '/staged/linux-rust/workspace-build/bin/';

function job(id: string): JobSpec {
  const found = catalog.jobs.get(id);
  if (found === undefined) throw new Error(`no job ${id}`);
  return found;
}

describe('staged Linux targets (§2.1)', () => {
  it.each([
    [
      'pre-merge-pika-rust',
      'Run the VM-backed Rust tests from the pre-merge pika lane',
      'rust',
      'pika-core-linux-rust',
      'pika_core staged Linux Rust lane',
      'workspaceDeps',
      'workspaceBuild',
    ],
    [
      'pre-merge-pika-followup',
      'Run the VM-backed non-Rust follow-up checks from the pre-merge pika lane',
      'followup',
      'pika-followup-linux-rust',
      'pika follow-up staged Linux lane',
      'pikaFollowupWorkspaceDeps',
      'pikaFollowupWorkspaceBuild',
    ],
    [
      'pre-merge-agent-contracts',
      'Run the Incus-backed pre-merge agent contracts lane',
      'rust',
      'agent-contracts-linux-rust',
      'agent contracts staged Linux Rust lane',
      'agentContractsWorkspaceDeps',
      'agentContractsWorkspaceBuild',
    ],
    [
      'pre-merge-notifications',
      'Run the VM-backed Rust tests from the notifications lane',
      'rust',
      'notifications-linux-rust',
      'notifications staged Linux Rust lane',
      'notificationsWorkspaceDeps',
      'notificationsWorkspaceBuild',
    ],
    [
      'pre-merge-fixture-rust',
      'Run the VM-backed Rust tests from the fixture lane',
      'rust',
      'fixture-linux-rust',
      'fixture staged Linux Rust lane',
      'fixtureWorkspaceDeps',
      'fixtureWorkspaceBuild',
    ],
    [
      'pre-merge-rmp',
      'Run the VM-backed pre-merge RMP lane',
      'rust',
      'rmp-linux-rust',
      'rmp staged Linux Rust lane',
      'rmpWorkspaceDeps',
      'rmpWorkspaceBuild',
    ],
    [
      'pre-merge-pikachat-rust',
      'Run the VM-backed Rust tests from the pikachat lane',
      'rust',
      'pikachat-linux-rust',
      'pikachat staged Linux Rust lane',
      'pikachatWorkspaceDeps',
      'pikachatWorkspaceBuild',
    ],
    [
      'pre-merge-pikachat-typescript',
      'Run the VM-backed TypeScript tests from the pikachat lane',
      'rust',
      'pikachat-linux-rust',
      'pikachat staged Linux Rust lane',
      'pikachatWorkspaceDeps',
      'pikachatWorkspaceBuild',
    ],
    [
      'pre-merge-pikachat-openclaw-e2e',
      'Run the VM-backed heavy OpenClaw gateway end-to-end scenario',
      'rust',
      'pikachat-openclaw-linux-rust',
      'pikachat OpenClaw staged Linux lane',
      'pikachatWorkspaceDeps',
      'pikachatWorkspaceBuild',
    ],
  ])('%s', (id, description, profile, prefix, prepareDescription, deps, build) => {
    const target = catalog.stagedTargets.get(id)!;
    expect(target.description).toBe(description);
    expect(target.filters).toEqual([]);
    expect(target.staged).toEqual({
      snapshot_profile: profile,
      prepare_node_prefix: prefix,
      prepare_description: prepareDescription,
      payload_specs: [
        {
          role: 'workspace_deps',
          output_name: `ci.x86_64-linux.${deps}`,
          nix_installable: `.#ci.x86_64-linux.${deps}`,
        },
        {
          role: 'workspace_build',
          output_name: `ci.x86_64-linux.${build}`,
          nix_installable: `.#ci.x86_64-linux.${build}`,
        },
      ],
      workspace_output_system: 'x86_64-linux',
    });
    for (const j of target.jobs) {
      const { execute_wrapper_command: wrapper, ...shared } = (
        j.runtime_config as { staged_linux_command: Record<string, unknown> }
      ).staged_linux_command;
      expect(shared).toEqual(target.staged);
      expect(String(wrapper).startsWith(W)).toBe(true);
    }
  });

  it('has exactly those 9', () => {
    expect(catalog.stagedTargets.size).toBe(9);
  });
});

describe('staged lanes (§2.2): 27 jobs, one wrapper each', () => {
  it.each([
    ['pre-merge-pika-followup', 'run-pika-android-test-compile', 'pika-android-test-compile', 3600],
    ['pre-merge-pika-followup', 'run-pika-followup-pikachat-build', 'pikachat-build', 1800],
    ['pre-merge-pika-followup', 'run-pika-desktop-check', 'pika-desktop-check', 1800],
    ['pre-merge-pika-followup', 'run-pika-actionlint', 'pika-actionlint', 600],
    ['pre-merge-pika-followup', 'run-pika-doc-contracts', 'pika-doc-contracts', 900],
    ['pre-merge-pika-followup', 'run-pika-rust-deps-hygiene', 'pika-rust-deps-hygiene', 900],
    ['pre-merge-pika-rust', 'run-pika-core-lib-app-flows-tests', 'pika-core-lib-app-flows-tests', 1800],
    ['pre-merge-pika-rust', 'run-pika-core-messaging-e2e-tests', 'pika-core-messaging-e2e-tests', 1800],
    ['pre-merge-agent-contracts', 'run-pika-cloud-unit-tests', 'agent-control-plane-unit', 1800],
    ['pre-merge-agent-contracts', 'run-server-agent-api-tests', 'server-agent-api-tests', 1800],
    ['pre-merge-agent-contracts', 'run-core-agent-nip98-test', 'core-agent-nip98-test', 1800],
    ['pre-merge-notifications', 'run-pika-server-package-tests', 'pika-server-package-tests', 1800],
    ['pre-merge-fixture-rust', 'run-pikahut-clippy', 'pikahut-clippy', 1800],
    ['pre-merge-fixture-rust', 'run-fixture-relay-smoke', 'fixture-relay-smoke', 300],
    ['pre-merge-rmp', 'run-rmp-init-smoke-ci', 'rmp-init-smoke-ci', 1800],
    ['pre-merge-pikachat-rust', 'run-pikachat-package-tests', 'pikachat-package-tests', 1800],
    ['pre-merge-pikachat-rust', 'run-pikachat-sidecar-package-tests', 'pikachat-sidecar-package-tests', 1800],
    ['pre-merge-pikachat-rust', 'run-pika-desktop-package-tests', 'pika-desktop-package-tests', 1800],
    ['pre-merge-pikachat-rust', 'run-pikachat-cli-smoke-local', 'pikachat-cli-smoke-local', 1800],
    [
      'pre-merge-pikachat-rust',
      'run-pikachat-post-rebase-invalid-event',
      'pikachat-post-rebase-invalid-event',
      1800,
    ],
    [
      'pre-merge-pikachat-rust',
      'run-pikachat-post-rebase-logout-session',
      'pikachat-post-rebase-logout-session',
      1800,
    ],
    ['pre-merge-pikachat-rust', 'run-openclaw-invite-and-chat', 'openclaw-invite-and-chat', 1800],
    [
      'pre-merge-pikachat-rust',
      'run-openclaw-invite-and-chat-rust-bot',
      'openclaw-invite-and-chat-rust-bot',
      1800,
    ],
    [
      'pre-merge-pikachat-rust',
      'run-openclaw-invite-and-chat-daemon',
      'openclaw-invite-and-chat-daemon',
      1800,
    ],
    ['pre-merge-pikachat-rust', 'run-openclaw-audio-echo', 'openclaw-audio-echo', 1800],
    ['pre-merge-pikachat-typescript', 'run-pikachat-typescript', 'pikachat-typescript', 1800],
    ['pre-merge-pikachat-openclaw-e2e', 'run-openclaw-gateway-e2e', 'pikachat-openclaw-gateway-e2e', 3600],
  ])('%s runs %s in job %s (%is)', (target, wrapper, jobId, timeout) => {
    const spec = job(jobId);
    expect(spec.timeout_secs).toBe(timeout);
    expect(spec.writable_workspace).toBe(false);
    expect(spec.execution).toEqual({ placement: 'remote_ssh', runtime: 'incus' });
    expect(executorLabel(spec.execution)).toBe('remote_linux_vm');
    expect(compileJobCommand(spec)).toEqual({ command: `${W}${wrapper}`, runAsRoot: false });
    expect(catalog.stagedTargets.get(target)!.jobs.map((j) => j.id)).toContain(jobId);
  });

  it('counts 27 staged jobs', () => {
    const staged = [...catalog.jobs.values()].filter(
      (j) => j.runtime_config.kind === 'incus' && j.runtime_config.staged_linux_command,
    );
    expect(staged).toHaveLength(27);
  });
});

describe('targets (§5.2.1)', () => {
  it.each([
    ['pre-merge-pika-rust', null, ['pika-core-lib-app-flows-tests', 'pika-core-messaging-e2e-tests']],
    [
      'pre-merge-pika-followup',
      null,
      [
        'pika-android-test-compile',
        'pikachat-build',
        'pika-desktop-check',
        'pika-actionlint',
        'pika-doc-contracts',
        'pika-rust-deps-hygiene',
      ],
    ],
    [
      'pre-merge-agent-contracts',
      null,
      ['agent-control-plane-unit', 'server-agent-api-tests', 'core-agent-nip98-test'],
    ],
    ['pre-merge-notifications', null, ['pika-server-package-tests']],
    [
      'pre-merge-pikachat-rust',
      null,
      [
        'pikachat-package-tests',
        'pikachat-sidecar-package-tests',
        'pika-desktop-package-tests',
        'pikachat-cli-smoke-local',
        'pikachat-post-rebase-invalid-event',
        'pikachat-post-rebase-logout-session',
        'openclaw-invite-and-chat',
        'openclaw-invite-and-chat-rust-bot',
        'openclaw-invite-and-chat-daemon',
        'openclaw-audio-echo',
      ],
    ],
    ['pre-merge-pikachat-typescript', null, ['pikachat-typescript']],
    ['pre-merge-pikachat-openclaw-e2e', null, ['pikachat-openclaw-gateway-e2e']],
    ['pre-merge-fixture-rust', null, ['pikahut-clippy', 'fixture-relay-smoke']],
    ['pre-merge-rmp', null, ['rmp-init-smoke-ci']],
    [
      'agent-control-plane-unit',
      'Run all pika-cloud unit tests in a remote Linux VM',
      ['agent-control-plane-unit'],
    ],
    [
      'server-agent-api-tests',
      'Run pika-server agent_api tests in a remote Linux VM',
      ['server-agent-api-tests'],
    ],
    [
      'core-agent-nip98-test',
      'Run pika_core NIP-98 signing contract test in a remote Linux VM',
      ['core-agent-nip98-test'],
    ],
    ['pika-actionlint', 'Run the staged Pika actionlint follow-up lane', ['pika-actionlint']],
    ['pika-doc-contracts', 'Run the staged Pika docs/contracts follow-up lane', ['pika-doc-contracts']],
    [
      'pika-rust-deps-hygiene',
      'Run the staged Pika rust-deps-hygiene follow-up lane',
      ['pika-rust-deps-hygiene'],
    ],
    [
      'pika-core-lib-app-flows-tests',
      'Run the staged pika_core lib/app_flows lane',
      ['pika-core-lib-app-flows-tests'],
    ],
    [
      'pika-server-package-tests',
      'Run the staged notifications pika-server package-tests lane',
      ['pika-server-package-tests'],
    ],
    ['pikachat-package-tests', 'Run the staged pikachat package-tests lane', ['pikachat-package-tests']],
    ['pikahut-clippy', 'Run the staged fixture pikahut clippy lane', ['pikahut-clippy']],
    [
      'pika-desktop-package-tests',
      'Run pika-desktop package tests in a remote Linux VM',
      ['pika-desktop-package-tests'],
    ],
    ['rmp-init-smoke-ci', 'Run the staged RMP init smoke lane', ['rmp-init-smoke-ci']],
    [
      'agent-contracts-smoke',
      'Run the VM-backed agent contracts smoke lane',
      ['agent-control-plane-unit', 'server-agent-api-tests', 'core-agent-nip98-test'],
    ],
    [
      'pre-merge-pikachat-apple-followup',
      'Run the Apple-host pikachat follow-up after the staged Linux Rust lane',
      [
        'pikachat-clippy',
        'pikachat-sidecar-clippy',
        'pikachat-ui-e2e-local-desktop',
        'pikachat-openclaw-channel-behavior',
      ],
    ],
    [
      'android-sdk-probe',
      'Verify Android SDK tooling is available inside a Linux guest',
      ['android-sdk-probe'],
    ],
    [
      'android-nostr-connect-intent-test',
      'Run the smallest Android instrumentation class in a Linux guest',
      ['android-nostr-connect-intent-test'],
    ],
    ['tart-env-probe', 'Probe the local Tart macOS guest environment', ['tart-env-probe']],
    ['tart-beachhead', 'Run one tiny iOS unit test in a Tart macOS guest', ['tart-beachhead']],
    [
      'tart-ios-agent-button-state-test',
      'Run one iOS unit test in a Tart macOS guest',
      ['tart-ios-agent-button-state-test'],
    ],
    [
      'tart-ios-unit-tests',
      'Run deterministic iOS unit-test suites in a Tart macOS guest',
      [
        'tart-ios-agent-tests',
        'tart-ios-app-manager-tests',
        'tart-ios-chat-deeplink-tests',
        'tart-ios-keychain-tests',
      ],
    ],
    [
      'tart-ios-ui-test',
      'Run the deterministic ios-ui-test lane in a Tart macOS guest',
      ['tart-ios-ui-test'],
    ],
    [
      'tart-ios-ui-note-to-self',
      'Run one deterministic iOS UI test in a Tart macOS guest',
      ['tart-ios-ui-note-to-self'],
    ],
    [
      'tart-desktop-package-tests',
      'Run pika-desktop package tests in a Tart macOS guest',
      ['tart-desktop-package-tests'],
    ],
    [
      'pre-merge-apple-deterministic',
      'Run deterministic Apple-platform tests in a Tart macOS guest',
      [
        'tart-ios-agent-tests',
        'tart-ios-app-manager-tests',
        'tart-ios-chat-deeplink-tests',
        'tart-ios-keychain-tests',
        'tart-ios-ui-test',
        'tart-desktop-package-tests',
      ],
    ],
  ])('%s', (id, description, jobs) => {
    const target = catalog.targets.get(id)!;
    if (description !== null) expect(target.description).toBe(description);
    expect(target.jobs.map((j) => j.id)).toEqual(jobs);
  });

  it('has 33 targets in upstream order and 43 jobs', () => {
    expect(catalog.targets.size).toBe(33);
    expect([...catalog.targets.keys()][9]).toBe('agent-control-plane-unit');
    expect([...catalog.targets.keys()][32]).toBe('pre-merge-apple-deterministic');
    expect(catalog.jobs.size).toBe(43);
  });

  it('keeps the two static filter lists', () => {
    expect(catalog.targets.get('pre-merge-pikachat-apple-followup')!.filters).toHaveLength(20);
    expect(catalog.targets.get('pre-merge-apple-deterministic')!.filters).toEqual([
      'Cargo.toml',
      'Cargo.lock',
      'flake.nix',
      'flake.lock',
      'nix/**',
      'justfile',
      'crates/pikaci/**',
      'crates/pika-desktop/**',
      'ios/**',
      'rust/**',
      'tools/cargo-with-xcode',
      'tools/ios-sim-ensure',
      'tools/xcode-dev-dir',
      'tools/xcode-run',
      'tools/xcodebuild-compact',
    ]);
    const others = [...catalog.targets.values()].filter((t) => !t.id.startsWith('pre-merge-'));
    for (const target of others) expect(target.filters).toEqual([]);
  });

  it('agrees with upstream: every pikachat apple-followup filter is also in the pikachat branch lane', async () => {
    const manifest = await loadManifest(PIKA_MANIFEST, manifestOptionsFor(catalog));
    const pikachat = manifest.branch.find((l) => l.id === 'pikachat')!.paths;
    for (const filter of catalog.targets.get('pre-merge-pikachat-apple-followup')!.filters)
      expect(pikachat).toContain(filter);
  });
});

describe('jobs (§5.2.2–5.2.4)', () => {
  const sel = (s: string): string =>
    `cargo test -p pikahut --test integration_deterministic ${s} -- --ignored --nocapture`;
  it.each([
    [
      'pika-core-lib-app-flows-tests',
      'Run pika_core lib tests and app_flows integration tests in a remote Linux VM',
      { kind: 'shell_command', command: 'cargo test -p pika_core --lib --test app_flows -- --nocapture' },
    ],
    [
      'pika-core-messaging-e2e-tests',
      'Run pika_core messaging and group profile integration tests in a remote Linux VM',
      {
        kind: 'shell_command',
        command: 'cargo test -p pika_core --test e2e_messaging --test e2e_group_profiles -- --nocapture',
      },
    ],
    [
      'pika-android-test-compile',
      'Compile Android instrumentation test Kotlin for the Pika app in a remote Linux VM guest',
      { kind: 'shell_command', command: 'cd android && ./gradlew :app:compileDebugAndroidTestKotlin' },
    ],
    [
      'pikachat-build',
      'Build pikachat in a remote Linux VM guest',
      { kind: 'shell_command', command: 'cargo build -p pikachat' },
    ],
    [
      'pika-desktop-check',
      'Run desktop-check in a remote Linux VM guest',
      { kind: 'shell_command', command: 'just desktop-check' },
    ],
    [
      'pika-actionlint',
      'Run actionlint in a remote Linux VM guest',
      { kind: 'shell_command', command: 'actionlint' },
    ],
    [
      'pika-doc-contracts',
      'Run docs and justfile contract checks in a remote Linux VM guest',
      {
        kind: 'shell_command',
        command:
          'npx --yes @justinmoon/agent-tools check-docs && npx --yes @justinmoon/agent-tools check-justfile',
      },
    ],
    [
      'pika-rust-deps-hygiene',
      'Run cargo machete dependency hygiene in a remote Linux VM guest',
      { kind: 'shell_command', command: './scripts/check-cargo-machete' },
    ],
    [
      'agent-control-plane-unit',
      'Run all pika-cloud unit tests in a remote Linux VM',
      { kind: 'package_unit_tests', package: 'pika-cloud' },
    ],
    [
      'server-agent-api-tests',
      'Run pika-server agent_api tests in a remote Linux VM',
      { kind: 'filtered_cargo_tests', package: 'pika-server', filter: 'agent_api::tests' },
    ],
    [
      'core-agent-nip98-test',
      'Run pika_core NIP-98 signing contract test in a remote Linux VM',
      {
        kind: 'exact_cargo_test',
        package: 'pika_core',
        test_name: 'core::agent::tests::run_agent_flow_signs_requests_with_nip98_authorization',
      },
    ],
    [
      'pikachat-typescript',
      'Run the Claude and OpenClaw TypeScript typecheck and unit tests in a remote Linux VM',
      { kind: 'shell_command', command: 'ignored' },
    ],
    [
      'pikachat-openclaw-gateway-e2e',
      'Run the heavy OpenClaw gateway end-to-end scenario in a remote Linux VM',
      { kind: 'shell_command', command: 'ignored' },
    ],
    [
      'pikahut-clippy',
      'Run pikahut clippy checks in a remote Linux VM',
      { kind: 'shell_command', command: 'ignored' },
    ],
    [
      'fixture-relay-smoke',
      'Exercise the relay-profile pikahut smoke flow in a remote Linux VM',
      { kind: 'shell_command', command: 'ignored' },
    ],
    [
      'pikachat-package-tests',
      'Run pikachat package tests in a remote Linux VM',
      { kind: 'package_tests', package: 'pikachat' },
    ],
    [
      'pikachat-sidecar-package-tests',
      'Run pikachat-sidecar package tests with deterministic TTS in a remote Linux VM',
      {
        kind: 'shell_command',
        command: 'PIKACHAT_TTS_FIXTURE=1 cargo test -p pikachat-sidecar -- --nocapture',
      },
    ],
    [
      'pika-desktop-package-tests',
      'Run pika-desktop package tests in a remote Linux VM',
      { kind: 'package_tests', package: 'pika-desktop' },
    ],
    [
      'pikachat-cli-smoke-local',
      'Run the pikahut cli_smoke_local deterministic test in a remote Linux VM',
      { kind: 'shell_command', command: sel('cli_smoke_local') },
    ],
    [
      'pikachat-post-rebase-invalid-event',
      'Run the post_rebase_invalid_event_rejection boundary test in a remote Linux VM',
      { kind: 'shell_command', command: sel('post_rebase_invalid_event_rejection_boundary') },
    ],
    [
      'pikachat-post-rebase-logout-session',
      'Run the post_rebase_logout_session_convergence boundary test in a remote Linux VM',
      { kind: 'shell_command', command: sel('post_rebase_logout_session_convergence_boundary') },
    ],
    [
      'openclaw-invite-and-chat',
      'Run the OpenClaw invite-and-chat scenario in a remote Linux VM',
      { kind: 'shell_command', command: sel('openclaw_scenario_invite_and_chat') },
    ],
    [
      'openclaw-invite-and-chat-rust-bot',
      'Run the OpenClaw invite-and-chat rust bot scenario in a remote Linux VM',
      { kind: 'shell_command', command: sel('openclaw_scenario_invite_and_chat_rust_bot') },
    ],
    [
      'openclaw-invite-and-chat-daemon',
      'Run the OpenClaw invite-and-chat daemon scenario in a remote Linux VM',
      { kind: 'shell_command', command: sel('openclaw_scenario_invite_and_chat_daemon') },
    ],
    [
      'openclaw-audio-echo',
      'Run the OpenClaw audio echo scenario in a remote Linux VM',
      { kind: 'shell_command', command: sel('openclaw_scenario_audio_echo') },
    ],
  ])('%s has the upstream description and guest command', (id, description, guest) => {
    expect(job(id).description).toBe(description);
    expect(job(id).guest_command).toEqual(guest);
  });

  it.each([
    [
      'pikachat-clippy',
      'Run pikachat clippy on the Apple host',
      './scripts/apple-host-record-phase pikachat-followup.pikachat-clippy rust-live-clippy -- cargo clippy -p pikachat -- -D warnings',
    ],
    [
      'pikachat-sidecar-clippy',
      'Run pikachat-sidecar clippy on the Apple host',
      './scripts/apple-host-record-phase pikachat-followup.pikachat-sidecar-clippy rust-live-clippy -- cargo clippy -p pikachat-sidecar -- -D warnings',
    ],
    [
      'pikachat-ui-e2e-local-desktop',
      'Run the desktop local UI E2E selector on the Apple host',
      './scripts/apple-host-record-phase pikachat-followup.pikachat-ui-e2e-local-desktop rust-prepared -- bash -lc \'if [ -n "${PIKACI_APPLE_RUST_PREPARED_MANIFEST:-}" ]; then ./scripts/apple-host-run-prepared-entry pikahut-integration-deterministic ui_e2e_local_desktop --ignored --nocapture; else cargo test -p pikahut --test integration_deterministic ui_e2e_local_desktop -- --ignored --nocapture; fi\'',
    ],
    [
      'pikachat-openclaw-channel-behavior',
      'Run the OpenClaw channel-behavior TypeScript test on the Apple host',
      './scripts/apple-host-record-phase pikachat-followup.pikachat-openclaw-channel-behavior js-live -- npx --yes tsx --test pikachat-openclaw/openclaw/extensions/pikachat-openclaw/src/channel-behavior.test.ts',
    ],
  ])('Apple-host job %s', (id, description, command) => {
    expect(job(id)).toEqual({
      id,
      description,
      timeout_secs: 1800,
      writable_workspace: false,
      execution: { placement: 'local', runtime: 'host_process' },
      runtime_config: { kind: 'host_process' },
      guest_command: { kind: 'host_shell_command', command },
    });
  });

  it.each([
    [
      'android-sdk-probe',
      'Verify Android tooling and AVD provisioning in a Linux guest',
      3600,
      [
        'exit 2',
        'for tool in java adb emulator avdmanager gradle',
        'cargo ndk --help',
        'grep -qx aarch64-linux-android',
        './tools/android-avd-ensure',
        'emulator -list-avds',
      ],
    ],
    [
      'android-nostr-connect-intent-test',
      'Run NostrConnectIntentTest on a headless Android emulator in a Linux guest',
      7200,
      [
        'exit 2',
        'PIKA_RUST_PROFILE=debug',
        'PIKA_ANDROID_ABI=arm64-v8a',
        'PIKA_ANDROID_TEST_CLASS=com.pika.app.NostrConnectIntentTest',
        'PIKA_ANDROID_FORCE_GUI=0',
        "PIKA_ANDROID_EMULATOR_ARGS='-no-window -no-boot-anim -accel off'",
        './tools/android-ui-test-ci',
      ],
    ],
  ])('Android job %s runs as root in an unstaged Incus guest', (id, description, timeout, fragments) => {
    const spec = job(id);
    expect(spec).toMatchObject({
      description,
      timeout_secs: timeout,
      writable_workspace: true,
      execution: { placement: 'remote_ssh', runtime: 'incus' },
      runtime_config: { kind: 'incus' },
    });
    expect(spec.runtime_config).toEqual({ kind: 'incus' });
    expect(spec.guest_command.kind).toBe('shell_command_as_root');
    expect(compileJobCommand(spec).runAsRoot).toBe(true);
    const text = (spec.guest_command as { command: string }).command;
    for (const fragment of fragments) expect(text).toContain(fragment);
  });

  const TART_SETUP =
    'set -euo pipefail; export DEVELOPER_DIR="${PIKACI_TART_DEVELOPER_DIR:-${PIKACI_TART_XCODE_APP:-/Applications/Xcode-16.4.0.app}/Contents/Developer}"; just ios-xcframework ios-xcodeproj';
  it.each([
    [
      'tart-env-probe',
      'Verify that a Tart macOS guest has the tools needed for iOS/macOS tests',
      1800,
      false,
      true,
      [],
    ],
    [
      'tart-beachhead',
      'Run one tiny iOS unit test in a Tart macOS guest',
      7200,
      true,
      true,
      [
        '-only-testing:PikaTests/AgentTests/testAgentButtonStateReflectsBusyFlag',
        '-skip-testing:PikaUITests',
      ],
    ],
    [
      'tart-ios-agent-button-state-test',
      'Run AgentTests.testAgentButtonStateReflectsBusyFlag in a Tart macOS guest',
      7200,
      true,
      true,
      [
        '-only-testing:PikaTests/AgentTests/testAgentButtonStateReflectsBusyFlag',
        '-skip-testing:PikaUITests',
      ],
    ],
    [
      'tart-ios-agent-tests',
      'Run AgentTests in a Tart macOS guest',
      7200,
      true,
      false,
      ['-only-testing:PikaTests/AgentTests', '-skip-testing:PikaUITests', 'simctl-devices.txt'],
    ],
    [
      'tart-ios-app-manager-tests',
      'Run AppManagerTests in a Tart macOS guest',
      7200,
      true,
      false,
      ['-only-testing:PikaTests/AppManagerTests', 'xcode-showsdks.txt'],
    ],
    [
      'tart-ios-chat-deeplink-tests',
      'Run ChatDeepLinkTests in a Tart macOS guest',
      7200,
      true,
      false,
      ['-only-testing:PikaTests/ChatDeepLinkTests', 'simctl-runtimes.txt'],
    ],
    [
      'tart-ios-keychain-tests',
      'Run KeychainNsecStoreTests in a Tart macOS guest',
      7200,
      true,
      false,
      ['-only-testing:PikaTests/KeychainNsecStoreTests', 'ios-sim-ensure.log'],
    ],
    [
      'tart-ios-ui-test',
      'Run the deterministic ios-ui-test lane in a Tart macOS guest',
      7200,
      true,
      false,
      [
        '-skip-testing:PikaUITests/PikaUITests/testE2E_deployedRustBot_pingPong',
        '-skip-testing:PikaUITests/PikaUITests/testE2E_hypernoteDetailsAndCodeBlock',
        '-skip-testing:PikaUITests/PikaUITests/testE2E_multiImageGrid',
      ],
    ],
    [
      'tart-ios-ui-note-to-self',
      'Run the note-to-self UI test in a Tart macOS guest',
      7200,
      true,
      false,
      [
        '-only-testing:PikaUITests/PikaUITests/testCreateAccount_noteToSelf_sendMessage_and_logout',
        '-skip-testing:PikaUITests/PikaUITests/testE2E_deployedRustBot_pingPong',
      ],
    ],
    [
      'tart-desktop-package-tests',
      'Run pika-desktop package tests in a Tart macOS guest',
      7200,
      false,
      false,
      [
        'xcrun --sdk macosx --show-sdk-path',
        'LIBRARY_PATH',
        'LDFLAGS',
        'CARGO_TARGET_DIR="$HOME/pikaci-target/pika-desktop"',
        './tools/cargo-with-xcode test -p pika-desktop -- --nocapture',
      ],
    ],
  ])('Tart job %s', (id, description, timeout, writable, mountRust, fragments) => {
    const spec = job(id);
    expect(spec).toMatchObject({
      description,
      timeout_secs: timeout,
      writable_workspace: writable,
      execution: { placement: 'local', runtime: 'tart' },
    });
    expect(spec.runtime_config).toEqual({
      kind: 'tart',
      host_setup_command: TART_SETUP,
      mount_host_rust_toolchain: mountRust,
    });
    expect(executorLabel(spec.execution)).toBe('tart_local');
    const text = (spec.guest_command as { command: string }).command;
    for (const fragment of fragments) expect(text).toContain(fragment);
  });

  it('gives tart-env-probe its one-line probe verbatim', () => {
    expect(job('tart-env-probe').guest_command).toEqual({
      kind: 'shell_command',
      command:
        'set -euo pipefail; sw_vers; xcodebuild -version; cargo --version; rustc --version; python3 --version; ./tools/ios-sim-ensure',
    });
  });

  it('writes the iOS job arguments as positional parameters of the shared script', () => {
    const text = (job('tart-ios-ui-note-to-self').guest_command as { command: string }).command;
    expect(text.split('\n')[0]).toBe(
      "set -- '-only-testing:PikaUITests/PikaUITests/testCreateAccount_noteToSelf_sendMessage_and_logout' '-skip-testing:PikaUITests/PikaUITests/testE2E_deployedRustBot_pingPong'",
    );
    expect(text).toContain('"$@"');
    expect(text).toContain('error: could not determine simulator udid');
    expect(text).toContain('ok: ios simulator ready (udid=');
  });

  it('keeps the notifications and rmp scripts faithful', () => {
    const notifications = (job('pika-server-package-tests').guest_command as { command: string }).command;
    for (const fragment of [
      'mktemp -d /tmp/pikahut-notifications.XXXXXX',
      'cargo run -q -p pikahut -- down --state-dir "$SD"',
      'cargo run -q -p pikahut -- up --profile postgres --background --state-dir "$SD"',
      'eval "$(cargo run -q -p pikahut -- env --state-dir "$SD")"',
      'cargo test -p pika-server -- --test-threads=1 --nocapture',
    ]) {
      expect(notifications).toContain(fragment);
    }
    const rmp = (job('rmp-init-smoke-ci').guest_command as { command: string }).command;
    for (const fragment of [
      'cargo build -p rmp-cli',
      "--yes --org 'com.example'",
      '--json',
      'smoke rmp-mobile-no-iced -- --no-iced',
      'smoke rmp-all --',
      'smoke rmp-android -- --no-ios',
      'smoke rmp-ios -- --no-android',
      'smoke rmp-iced -p rmp-iced_core_desktop_iced -- --no-ios --no-android --iced',
      'ok: rmp init ci smoke passed',
    ]) {
      expect(rmp).toContain(fragment);
    }
  });

  it('has shell commands that bash can parse', () => {
    for (const spec of catalog.jobs.values()) {
      const lines = [compileGuestCommand(spec.guest_command).command];
      if (spec.runtime_config.kind === 'tart' && spec.runtime_config.host_setup_command)
        lines.push(spec.runtime_config.host_setup_command);
      for (const line of lines) execFileSync('bash', ['-n', '-c', line]);
    }
  });
});

describe('binding to the Pika manifest', () => {
  it('gives each staged target the paths of its branch lane', async () => {
    const manifest = await loadManifest(PIKA_MANIFEST, manifestOptionsFor(catalog));
    const bound = bindManifest(catalog, manifest);
    expect(bound.bindings.size).toBe(9);
    expect(bound.bindings.get('pre-merge-pikachat-rust')).toBe('pikachat');
    expect(resolveTarget(bound, 'pre-merge-rmp').filters).toEqual(
      manifest.branch.find((l) => l.id === 'rmp')!.paths,
    );
    expect(bound.stagedTargets.get('pre-merge-fixture-rust')!.filters).toHaveLength(44);
    expect(resolveTarget(bound, 'tart-env-probe').filters).toEqual([]);
    // The loaded catalog is not changed.
    expect(catalog.targets.get('pre-merge-rmp')!.filters).toEqual([]);
  });
});
