/**
 * Guest paths of the Incus runtime (docs/guest-protocol.md "Paths"; docs/upstream.md, executor 5.1).
 * The image, the guest runner script and the host-side executor all use these; change them together.
 */
export const GUEST_PATHS = {
  runtimeStateDir: '/run/pika-cloud',
  request: '/run/pika-cloud/guest-request.json',
  /** pikaci-action's shell-readable companion of the request (docs/guest-protocol.md "Request files"). */
  requestEnv: '/run/pika-cloud/guest-request.env',
  status: '/run/pika-cloud/status.json',
  events: '/run/pika-cloud/events.jsonl',
  /** The last event's `seq`, for the next writer of events.jsonl; not collected by the host. */
  eventsSeq: '/run/pika-cloud/events.jsonl.seq',
  result: '/run/pika-cloud/result.json',
  logsDir: '/run/pika-cloud/logs',
  guestLog: '/run/pika-cloud/logs/guest.log',
  artifactsDir: '/run/pika-cloud/artifacts',
  xdgStateHome: '/run/pika-cloud/xdg-state',
  xdgCacheHome: '/cargo-home/xdg-cache',
  cargoHome: '/cargo-home',
  cargoTarget: '/cargo-target',
  snapshot: '/workspace/snapshot',
  stagedWorkspaceDeps: '/staged/linux-rust/workspace-deps',
  stagedWorkspaceBuild: '/staged/linux-rust/workspace-build',
  rootHome: '/root',
  userHome: '/home/pikaci',
  /** Where the NixOS image bakes the runner in (`pikaci-image.nix`). */
  runner: '/run/current-system/sw/bin/pikaci-incus-run',
  /** Where the executor pushes the runner when the image lacks it (outside the collected state dir). */
  pushedRunner: '/run/pikaci/pikaci-incus-run',
  lifecycle: '/run/current-system/sw/bin/pika-cloud-lifecycle',
} as const;

/** The unprivileged guest user the runner switches to unless `run_as_root` (uid 1000). */
export const GUEST_USER = 'pikaci';
