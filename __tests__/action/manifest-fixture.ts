/** The lane manifest the action's plan tests commit into their repositories (support/repo.ts). */
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
