/** Real git repositories for the action tests: built in temp dirs, commits made with fixed identities. */
import { execa } from 'execa';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'pikaci test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'pikaci test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

export async function git(dir: string, ...args: string[]): Promise<string> {
  const result = await execa('git', args, { cwd: dir, env: IDENTITY });
  return result.stdout.trim();
}

export async function initRepo(dir: string, branch = 'main'): Promise<void> {
  await mkdir(dir, { recursive: true });
  await git(dir, 'init', '-q', '-b', branch);
}

/** Write (string) or delete (null) files, commit everything, return the new commit id. */
export async function commit(
  dir: string,
  files: Record<string, string | null>,
  message: string,
): Promise<string> {
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    if (content === null) {
      await rm(file, { force: true });
    } else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** A manifest with four branch lanes (one without paths) and two nightly lanes. */
export const MANIFEST = `version = 1
nightly_schedule_utc = "08:00"

[[branch.lanes]]
id = "core"
title = "check-core"
command = ["just", "core"]
paths = ["ci/forge-lanes.toml", "src/**"]

[[branch.lanes]]
id = "docs"
title = "check-docs"
command = ["just", "docs"]
paths = ["docs/**"]

[[branch.lanes]]
id = "web"
title = "check-web"
command = ["just", "web"]
paths = ["web/**", "!web/**/*.md"]
runs_on = ["self-hosted", "linux"]

[[branch.lanes]]
id = "lint"
title = "check-lint"
command = ["just", "lint"]

[[nightly.lanes]]
id = "nightly_e2e"
title = "nightly-e2e"
command = ["just", "e2e"]

[[nightly.lanes]]
id = "nightly_android"
title = "nightly-android"
command = ["just", "android"]
concurrency_group = "nightly-android"
`;

export const BRANCH_LANES = ['core', 'docs', 'web', 'lint'];
export const NIGHTLY_LANES = ['nightly_e2e', 'nightly_android'];
