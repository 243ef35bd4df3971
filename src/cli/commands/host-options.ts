/**
 * The host flags shared by `run`, `rerun` and `gc --instances`: how to reach the SSH placement host
 * and drive Incus there. Each is also read from a `PIKACI_*` variable (see `HOST_ENV` in src/hosts).
 * Light on purpose: it is imported when the program is built, before any command runs.
 */
import type { Command } from 'commander';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export function addHostOptions(command: Command): Command {
  return command
    .option('--ssh-host <host>', 'host for remote_ssh jobs ($PIKACI_SSH_HOST)')
    .option('--ssh-user <user>', 'SSH user (default $USER, else root) ($PIKACI_SSH_USER)')
    .option('--ssh-port <port>', 'SSH port, default 22 ($PIKACI_SSH_PORT)')
    .option('--ssh-key <path>', 'private key file ($PIKACI_SSH_KEY)')
    .option(
      '--ssh-known-hosts <path>',
      'known_hosts file; host keys are always verified ($PIKACI_SSH_KNOWN_HOSTS)',
    )
    .option(
      '--ssh-accept-new-host-keys',
      'trust and record the key of a host not yet in known_hosts ($PIKACI_SSH_ACCEPT_NEW_HOST_KEYS)',
    )
    .option('--incus-cli <name>', 'incus, or lxc for LXD (default incus) ($PIKACI_INCUS_CLI)')
    .option('--incus-sudo', 'run the Incus CLI through sudo -n ($PIKACI_INCUS_SUDO)')
    .option('--incus-project <name>', 'Incus project (default pika-managed-agents) ($PIKACI_INCUS_PROJECT)')
    .option(
      '--incus-profile <name>',
      'Incus profile, repeatable (default default, pika-agent-dev) ($PIKACI_INCUS_PROFILE, comma-separated)',
      collect,
      [],
    )
    .option('--incus-image <alias>', 'Incus image alias (default pikaci/dev) ($PIKACI_INCUS_IMAGE)')
    .option('--incus-type <type>', 'vm or container (default vm) ($PIKACI_INCUS_TYPE)')
    .option('--incus-storage-pool <pool>', 'Incus storage pool ($PIKACI_INCUS_STORAGE_POOL)')
    .option(
      '--remote-work-dir <path>',
      'work dir on placement hosts: runs, snapshots, locks (default /var/tmp/pikaci) ($PIKACI_REMOTE_WORK_DIR)',
    );
}
