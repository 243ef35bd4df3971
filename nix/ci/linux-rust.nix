# The staged payload contract (README "Staged payloads"; docs/upstream.md, executor 4).
#
# A repository whose catalog has staged Linux targets implements, for each target, TWO flake outputs
# under `ci.<system>`, named in the target's `staged` table (catalog/pika.toml), e.g.
# `ci.x86_64-linux.workspaceDeps` and `ci.x86_64-linux.workspaceBuild`:
#
#   workspace_deps   the slow, rarely changing part (dependencies)    -> /staged/linux-rust/workspace-deps
#   workspace_build  the tested code and its wrappers                 -> /staged/linux-rust/workspace-build
#
# pikaci builds them on the host where the target's jobs run, with
#   nix build --no-link --json path:<the run's snapshot on that host>#ci.<system>.<output>
# (Nix 2.8 or newer), from the run's snapshot only: an output must not read anything outside the flake.
# Each output is one store directory with:
#
#   bin/<wrapper>                        executables; a job's `execute_wrapper_command` names one, e.g.
#                                        /staged/linux-rust/workspace-build/bin/run-<job>. It runs in the
#                                        guest with the snapshot at /workspace/snapshot as its cwd and
#                                        decides the job's outcome by its exit status.
#   share/pikaci/payload-manifest.json   compact JSON, keys sorted, one trailing newline:
#     {"asset_roots":[{"name","relative_path"}…],      share/pikaci always; target and lib when present
#      "entrypoints":[{"name","relative_path"}…],      one per file in bin/, as bin/<name>
#      "kind":"staged_linux_workspace_deps_v1" | "staged_linux_workspace_build_v1",
#      "mounts":[{"guest_path","name","read_only","relative_path"}…],
#      "schema_version":1}
#
# Every mount is checked on the build host before any instance exists: `relative_path` ("." is the
# output itself) must resolve, symlinks followed, inside the output; `guest_path` must be absolute
# without `..`; the output itself must resolve inside /nix/store. A mount is attached read-only.
#
# This file is the reference implementation with builtins only (no nixpkgs): the test flakes import
# it, and its builders use the host's /bin/sh and coreutils, so it needs `sandbox = false` (Pika's own
# flake builds the same shape with its toolchain). Usage in a flake:
#
#   let staged = import ./nix/ci/linux-rust.nix { };
#       core = staged.target { name = "core"; deps = "…sh…"; build = "…sh…"; };
#   in { ci.x86_64-linux.workspaceDeps = core.workspaceDeps; ci.x86_64-linux.workspaceBuild = core.workspaceBuild; }
#
# `deps` and `build` are sh scripts run in $out (bin/ and share/pikaci/ exist); `env` adds attributes
# to both derivations (a change there changes both store paths).
{ system ? "x86_64-linux", path ? "/usr/bin:/bin" }:
let
  roles = {
    workspaceDeps = { suffix = "workspace-deps"; kind = "staged_linux_workspace_deps_v1"; mount = "workspace_deps_root"; };
    workspaceBuild = { suffix = "workspace-build"; kind = "staged_linux_workspace_build_v1"; mount = "workspace_build_root"; };
  };

  # Writes the manifest from what the script left in $out; refuses wrapper names that need quoting.
  manifestScript = role: ''
    entries=""
    for f in bin/*; do
      [ -e "$f" ] || continue
      n=''${f#bin/}
      case $n in
        *[!A-Za-z0-9._+-]*) echo "staged payload: wrapper name '$n' must be [A-Za-z0-9._+-]" >&2; exit 1;;
      esac
      entries="$entries''${entries:+,}{\"name\":\"$n\",\"relative_path\":\"$f\"}"
    done
    roots='{"name":"pikaci_share","relative_path":"share/pikaci"}'
    if [ -d target ]; then roots="$roots,{\"name\":\"target\",\"relative_path\":\"target\"}"; fi
    if [ -d lib ]; then roots="$roots,{\"name\":\"lib\",\"relative_path\":\"lib\"}"; fi
    printf '{"asset_roots":[%s],"entrypoints":[%s],"kind":"%s","mounts":[{"guest_path":"%s","name":"%s","read_only":true,"relative_path":"."}],"schema_version":1}\n' \
      "$roots" "$entries" ${role.kind} /staged/linux-rust/${role.suffix} ${role.mount} > share/pikaci/payload-manifest.json
  '';

  payload = { name, role, script, env }: derivation (env // {
    name = "${name}-${role.suffix}";
    inherit system;
    builder = "/bin/sh";
    PATH = path;
    args = [ "-c" ''
      set -eu
      mkdir -p "$out/bin" "$out/share/pikaci"
      cd "$out"
      ${script}
      ${manifestScript role}
    '' ];
  });
in {
  inherit roles;
  target = { name, deps, build, env ? { } }: {
    workspaceDeps = payload { inherit name env; role = roles.workspaceDeps; script = deps; };
    workspaceBuild = payload { inherit name env; role = roles.workspaceBuild; script = build; };
  };
}
