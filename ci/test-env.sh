#!/usr/bin/env bash
# Sets up the real parts the tests use, on one Debian machine, as root:
#   LXD (project pikaci-test, image pikaci-test/busybox), sshd on 127.0.0.1, Nix without a daemon.
# Then writes .test-env/env.json (the TestEnv contract read by __tests__/support/test-env.ts).
#
# Idempotent and non-interactive: a re-run reuses what is there and takes seconds. It never stops or
# deletes anything it did not start or create (an LXD daemon or sshd already running is reused).
# See docs in /work/shared/spec/test-environment.md for what was tried on this kind of machine.
set -Eeuo pipefail
# Non-interactive throughout; also, `lxc launch`/`lxc init` read instance config from a non-tty
# stdin until EOF, so an inherited open pipe would hang them.
exec </dev/null
export DEBIAN_FRONTEND=noninteractive LC_ALL=C

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state=$repo/.test-env
project=pikaci-test
image_alias=pikaci-test/busybox
pool=default
profile=default
ssh_port_default=2222
# The package shellcheck: the guest runner's tests lint the POSIX runner script with it.
# chromium: the HTML view's tests (`pikaci show --html`) render the page in it, headless.
# strace: the guest runner's tests count the processes it forks (__tests__/guest/runner-forks.test.ts).
packages=(lxd lxd-client busybox-static bash-static openssh-server openssh-client sudo nix-bin git
  ca-certificates xz-utils rsync squashfs-tools shellcheck chromium strace)

die() {
  echo "test-env: FAILED: $*" >&2
  exit 1
}
log() { echo "test-env: $*"; }
# Any other failing command still ends the run with a message naming it.
trap 'die "unexpected failure (exit $?) at ci/test-env.sh:$LINENO: $BASH_COMMAND"' ERR

[[ $(id -u) == 0 ]] || die "run as root (LXD, sshd and the Nix store need it): sudo bash ci/test-env.sh"
# node writes env.json and reads LXD's and Nix's JSON answers; the project needs it anyway.
command -v node >/dev/null || die "node is not on PATH (install Node 20+ first)"

mkdir -p "$state"
# Concurrent runs (several test suites, .ci/run) wait for each other instead of racing.
exec 9>"$state/.lock"
flock -w 900 9 || die "another ci/test-env.sh run holds $state/.lock for more than 15 minutes"

timings=()
step() { # step <name> <function>: runs it and records its wall time
  local t0=$EPOCHREALTIME
  "$2"
  timings+=("$(printf '%-8s %6.2fs' "$1" "$(bc_sub "$EPOCHREALTIME" "$t0")")")
}
bc_sub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }
run_t0=$EPOCHREALTIME

# ---------------------------------------------------------------------------------------------- apt
pkg_missing() { # prints the packages of $packages that are not installed, space-separated
  local installed
  installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null || true)
  local p missing=()
  for p in "${packages[@]}"; do
    grep -Eq "^$p ii" <<<"$installed" || missing+=("$p")
  done
  echo "${missing[*]}"
}

lists_fresh() { # package lists exist and are younger than a day
  compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null &&
    [[ -n $(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -1440 -print -quit) ]]
}

do_apt() {
  local missing
  missing=$(pkg_missing)
  [[ -z $missing ]] && return 0
  log "installing: $missing"
  if ! lists_fresh; then
    apt-get update -q >"$state/apt.log" 2>&1 || die "apt-get update failed (see $state/apt.log)"
  fi
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  if ! apt-get install -y -q --no-install-recommends $missing >>"$state/apt.log" 2>&1; then
    # Stale lists name package versions the mirror no longer has: refresh once and retry.
    apt-get update -q >>"$state/apt.log" 2>&1 || die "apt-get update failed (see $state/apt.log)"
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing >>"$state/apt.log" 2>&1 ||
      die "apt-get install $missing failed (see $state/apt.log)"
  fi
  missing=$(pkg_missing)
  [[ -z $missing ]] || die "still missing after apt-get install: $missing"
}

# ---------------------------------------------------------------------------------------------- LXD
lxd_up() { timeout 10 lxc info >/dev/null 2>&1; }

do_lxd() {
  if ! lxd_up; then
    log "starting lxd (log: $state/lxd.log)"
    # No systemd here: detach the daemon into its own session so it outlives this script.
    # Closing fd 9 keeps the daemon from holding this script's lock for ever.
    setsid nohup lxd --group root --logfile "$state/lxd.log" >"$state/lxd.out" 2>&1 </dev/null 9>&- &
    echo $! >"$state/lxd.pid"
    local i
    for ((i = 0; i < 60; i++)); do
      lxd_up && break
      kill -0 "$(cat "$state/lxd.pid")" 2>/dev/null ||
        die "lxd exited during start-up; see $state/lxd.log and $state/lxd.out"
      sleep 1
    done
    lxd_up || die "lxd did not answer 'lxc info' within 60 s; see $state/lxd.log"
    timeout 60 lxd waitready --timeout 50 || die "lxd waitready failed; see $state/lxd.log"
  fi

  # First start only: storage pool and a default profile with a root disk. Each piece is checked on
  # its own, so an LXD someone else initialised is completed, never reinitialised.
  if ! lxc storage show "$pool" >/dev/null 2>&1; then
    if [[ -z $(lxc storage list --format csv 2>/dev/null) ]]; then
      lxd init --preseed <<PRESEED || die "lxd init --preseed failed; see $state/lxd.log"
storage_pools:
- name: $pool
  driver: dir
profiles:
- name: $profile
  devices:
    root:
      path: /
      pool: $pool
      type: disk
PRESEED
    else
      lxc storage create "$pool" dir >/dev/null || die "lxc storage create $pool dir failed"
    fi
  fi
  if ! lxc profile device get "$profile" root pool >/dev/null 2>&1; then
    lxc profile device add "$profile" root disk path=/ pool="$pool" >/dev/null ||
      die "could not add a root disk on pool '$pool' to profile '$profile'"
  fi

  # The test project shares the default project's images and profiles, so the one imported image
  # and the profile's root disk serve it; its instances stay apart from anything else on the host.
  if ! lxc project show "$project" >/dev/null 2>&1; then
    lxc project create "$project" -c features.images=false -c features.profiles=false >/dev/null ||
      die "lxc project create $project failed"
  fi
  local key
  for key in features.images features.profiles; do
    [[ $(lxc project get "$project" "$key") == false ]] ||
      lxc project set "$project" "$key" false ||
      die "project $project has $key=true and it cannot be changed while it holds instances or images; delete them or the project"
  done
}

# -------------------------------------------------------------------------------------------- image
image_fingerprint() { # fingerprint of the image behind our alias, empty when the alias is missing
  lxc query "/1.0/images/aliases/$image_alias" 2>/dev/null |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{process.stdout.write(JSON.parse(s).target)}catch{}})' ||
    true
}

do_image() {
  local dir=$state/image inputs want have
  mkdir -p "$dir"
  # Inputs: the builder script and the two binaries it copies. Same inputs => same tarballs.
  inputs=$(cat "$repo/ci/test-env/build-image.sh" /bin/busybox /bin/bash-static | sha256sum | cut -d' ' -f1)
  if [[ ! -s $dir/meta.tar.gz || ! -s $dir/rootfs.tar.gz || $(cat "$dir/inputs.sha256" 2>/dev/null) != "$inputs" ]]; then
    log "building image tarballs"
    bash "$repo/ci/test-env/build-image.sh" "$dir" || die "image build failed (ci/test-env/build-image.sh)"
    echo "$inputs" >"$dir/inputs.sha256"
  fi
  # LXD's fingerprint of a split image is sha256(meta tarball || rootfs tarball).
  want=$(cat "$dir/meta.tar.gz" "$dir/rootfs.tar.gz" | sha256sum | cut -d' ' -f1)
  have=$(image_fingerprint)
  if [[ $have != "$want" ]]; then
    if [[ -n $have ]]; then
      log "image content changed: replacing $image_alias (${have:0:12} -> ${want:0:12})"
      lxc image alias delete "$image_alias" || die "could not remove the stale alias $image_alias"
      # The old image was ours (it carried our alias); drop it unless something else refers to it.
      lxc image delete "$have" 2>/dev/null || true
    fi
    if lxc image info "$want" >/dev/null 2>&1; then
      lxc image alias create "$image_alias" "$want" || die "lxc image alias create $image_alias failed"
    else
      lxc image import "$dir/meta.tar.gz" "$dir/rootfs.tar.gz" --alias "$image_alias" >/dev/null ||
        die "lxc image import failed"
    fi
    [[ $(image_fingerprint) == "$want" ]] || die "image alias $image_alias does not point at ${want:0:12} after import"
  fi

  # Smoke-launch once per image: the image boots in the test project and runs bash and busybox.
  if [[ $(cat "$dir/verified" 2>/dev/null) != "$want" ]]; then
    local name out
    # Not `pikaci-*`: test suites assert that no such instance is left in the project.
    name=test-env-check-$$
    # stderr only carries the "no network attached" notice, which is expected here.
    lxc launch "$image_alias" "$name" --project "$project" --ephemeral >/dev/null 2>"$state/launch.log" ||
      die "lxc launch $image_alias in project $project failed; see $state/launch.log and $state/lxd.log"
    out=$(lxc exec "$name" --project "$project" -- /bin/bash --noprofile --norc -lc 'echo ok' 2>&1) || true
    lxc delete --force "$name" --project "$project" >/dev/null 2>&1 || true
    [[ $out == ok ]] || die "bash in a fresh container printed '$out' instead of 'ok'"
    echo "$want" >"$dir/verified"
  fi
}

# ---------------------------------------------------------------------------------------------- ssh
sshd_running() { # our sshd (started from our config) is alive
  local pid
  pid=$(cat "$state/ssh/sshd.pid" 2>/dev/null) || return 1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -Fq -- "$state/ssh/sshd_config"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ssh_client() { # ssh_client <key> <command...>: a strict, non-interactive client for our sshd
  local key=$1
  shift
  ssh -F /dev/null -i "$key" -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes \
    -o UserKnownHostsFile="$state/ssh/known_hosts" -o GlobalKnownHostsFile=/dev/null \
    -o ConnectTimeout=10 -p "$ssh_port" root@127.0.0.1 "$@"
}

do_ssh() {
  local d=$state/ssh
  mkdir -p "$d"
  chmod 0700 "$d"
  [[ -s $d/host_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -C pikaci-test-host -f "$d/host_ed25519"
  [[ -s $d/client_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -C pikaci-test-client -f "$d/client_ed25519"
  cp "$d/client_ed25519.pub" "$d/authorized_keys.tmp" && mv -f "$d/authorized_keys.tmp" "$d/authorized_keys"

  if sshd_running; then
    ssh_port=$(cat "$d/port")
  else
    ssh_port=$(cat "$d/port" 2>/dev/null || echo "$ssh_port_default")
    while ! port_free "$ssh_port"; do
      ((ssh_port++))
      ((ssh_port < ssh_port_default + 100)) || die "no free port in $ssh_port_default..$((ssh_port_default + 99)) on 127.0.0.1"
    done
  fi

  cat >"$d/sshd_config.tmp" <<CONF
# Generated by ci/test-env.sh: test-only sshd on loopback, key authentication only.
ListenAddress 127.0.0.1
Port $ssh_port
HostKey $d/host_ed25519
PidFile $d/sshd.pid
AuthorizedKeysFile $d/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
PermitUserEnvironment no
X11Forwarding no
PrintMotd no
# Parallel tests open many connections at once; the default 10:30:100 drops some.
MaxStartups 100
MaxSessions 100
Subsystem sftp /usr/lib/openssh/sftp-server
CONF
  local restart=0
  if ! cmp -s "$d/sshd_config.tmp" "$d/sshd_config"; then
    mv -f "$d/sshd_config.tmp" "$d/sshd_config"
    restart=1
  else
    rm -f "$d/sshd_config.tmp"
  fi
  # sshd -t already needs its privilege separation directory, which a fresh machine lacks.
  mkdir -p /run/sshd
  chmod 0755 /run/sshd
  /usr/sbin/sshd -t -f "$d/sshd_config" || die "sshd rejects $d/sshd_config"

  if sshd_running && ((restart)); then
    # Our own sshd with an outdated config: it is ours to restart.
    kill "$(cat "$d/sshd.pid")"
    local i
    for ((i = 0; i < 50; i++)); do sshd_running || break; sleep 0.1; done
  fi
  if ! sshd_running; then
    /usr/sbin/sshd -f "$d/sshd_config" -E "$d/sshd.log" 9>&- || die "sshd did not start; see $d/sshd.log"
    echo "$ssh_port" >"$d/port"
  fi

  host_public_key=$(cut -d' ' -f1,2 "$d/host_ed25519.pub")
  printf '[127.0.0.1]:%s %s\n' "$ssh_port" "$host_public_key" >"$d/known_hosts"

  local i out=''
  for ((i = 0; i < 50; i++)); do
    out=$(ssh_client "$d/client_ed25519" lxc list --project "$project" --format csv -c n 2>&1) && break
    out="FAILED: $out"
    sleep 0.2
  done
  [[ $out != FAILED:* ]] || die "ssh root@127.0.0.1:$ssh_port 'lxc list' failed: ${out#FAILED: } (see $d/sshd.log)"
}

# ---------------------------------------------------------------------------------------------- nix
nix_build_args=(--extra-experimental-features 'nix-command flakes' --option substituters ''
  --option build-users-group '' --option sandbox false)

do_nix() {
  nix_bin=$(command -v nix) || die "nix not found on PATH after installing nix-bin"
  # As root Nix uses the local store /nix/store directly; no nix-daemon is needed.
  mkdir -p /nix/store /nix/var/nix
  local d=$state/nix-smoke out
  mkdir -p "$d"
  # A path: flake is copied into the store by content, so rewriting the same text changes nothing.
  cat >"$d/flake.nix" <<'FLAKE'
{
  description = "pikaci test-env smoke flake";
  outputs = { self }: {
    packages.x86_64-linux.smoke = derivation {
      name = "pikaci-nix-smoke";
      system = "x86_64-linux";
      builder = "/bin/sh";
      args = [ "-c" "echo ok > $out" ];
    };
  };
}
FLAKE
  out=$(timeout 300 "$nix_bin" "${nix_build_args[@]}" build --no-link --json "path:$d#smoke" 2>"$state/nix.log") ||
    die "nix build path:$d#smoke failed; see $state/nix.log"
  out=$(node -e 'const r=JSON.parse(process.argv[1]);process.stdout.write(r[0].outputs.out)' "$out") ||
    die "nix build --json printed unexpected output: $out"
  [[ $(cat "$out") == ok ]] || die "nix smoke output $out does not contain 'ok'"
}

# ------------------------------------------------------------------------------------------ env.json
do_envjson() {
  local tmp=$state/env.json.tmp chromium_bin
  chromium_bin=$(command -v chromium) || die "chromium not found on PATH after installing it"
  CHROMIUM=$chromium_bin STATE=$state PORT=$ssh_port HOSTKEY=$host_public_key NIX_BIN=$nix_bin PROJECT=$project \
    IMAGE=$image_alias POOL=$pool PROFILE=$profile node -e '
      const e = process.env;
      const env = {
        lxd: { cli: "lxc", project: e.PROJECT, image: e.IMAGE, storagePool: e.POOL, profile: e.PROFILE },
        ssh: {
          host: "127.0.0.1",
          port: Number(e.PORT),
          user: "root",
          privateKeyPath: e.STATE + "/ssh/client_ed25519",
          knownHostsPath: e.STATE + "/ssh/known_hosts",
          hostPublicKey: e.HOSTKEY,
        },
        nix: { bin: e.NIX_BIN, buildArgs: process.argv.slice(1) },
        chromium: e.CHROMIUM,
      };
      process.stdout.write(JSON.stringify(env, null, 2) + "\n");
    ' -- "${nix_build_args[@]}" >"$tmp" || die "could not write $tmp"
  mv -f "$tmp" "$state/env.json"
}

step apt do_apt
step lxd do_lxd
step image do_image
step ssh do_ssh
step nix do_nix
step env.json do_envjson

log "ready: $state/env.json"
log "  lxd: project $project, image $image_alias ($(image_fingerprint | cut -c1-12)), pool $pool"
log "  ssh: root@127.0.0.1:$ssh_port (key $state/ssh/client_ed25519)"
log "  nix: $nix_bin"
log "  chromium: $(command -v chromium)"
for t in "${timings[@]}"; do log "  $t"; done
log "  total    $(printf '%6.2fs' "$(bc_sub "$EPOCHREALTIME" "$run_t0")")"
