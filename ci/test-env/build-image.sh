#!/usr/bin/env bash
# Builds the tiny LXD test image (busybox + static bash) as two reproducible tarballs:
#   <out>/meta.tar.gz and <out>/rootfs.tar.gz
# Same inputs (this file, the busybox-static and bash-static binaries) give byte-identical tarballs,
# so the LXD fingerprint (sha256 of meta || rootfs) only changes when an input does.
# Usage: build-image.sh <out-dir>   (run as root: the rootfs carries uid 1000 ownership)
set -euo pipefail

out=${1:?usage: build-image.sh <out-dir>}
busybox=/bin/busybox
bash_static=/bin/bash-static
# Fixed timestamp for every file and for metadata.yaml: reproducibility beats a real build date.
epoch=1700000000

for bin in "$busybox" "$bash_static"; do
  [[ -x $bin ]] || { echo "build-image: $bin is missing (install busybox-static and bash-static)" >&2; exit 1; }
done

# The applets the guest runner and the tests call. `su` (no runuser in busybox) and `timeout`
# (exits 143, not GNU's 124) are the two the runner has to special-case.
applets=(sh cat mkdir env sleep timeout date id tar rm mv cp ls chmod chown printf echo test '[' kill
  sed grep head tail wc su mktemp touch ln readlink dirname basename tr cut sort uname true false stat
  find xargs hostname whoami gzip)

# Read the list once: piping it into `grep -q` under pipefail fails at random when grep exits
# early and busybox dies of SIGPIPE.
available=$("$busybox" --list)
for a in "${applets[@]}"; do
  grep -Fqx -- "$a" <<<"$available" || { echo "build-image: busybox lacks applet '$a'" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"/{bin,sbin,etc,dev,proc,sys,root,home/pikaci,run,var/tmp,tmp,usr/bin}

install -m 0755 "$busybox" "$root/bin/busybox"
install -m 0755 "$bash_static" "$root/bin/bash"
for a in "${applets[@]}"; do
  ln -s busybox "$root/bin/$a"
done
ln -s ../bin/busybox "$root/sbin/init"
# Scripts start with `#!/usr/bin/env bash`.
ln -s ../../bin/busybox "$root/usr/bin/env"

# busybox init must never run out of processes to supervise, or the container stops.
cat >"$root/etc/inittab" <<'INITTAB'
::respawn:/bin/busybox sleep 2147483647
::shutdown:/bin/busybox true
INITTAB

cat >"$root/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/bin/sh
pikaci:x:1000:1000:pikaci:/home/pikaci:/bin/sh
PASSWD
cat >"$root/etc/group" <<'GROUP'
root:x:0:
pikaci:x:1000:
GROUP
cat >"$root/etc/shadow" <<'SHADOW'
root:*:19000:0:99999:7:::
pikaci:*:19000:0:99999:7:::
SHADOW
echo pikaci-test >"$root/etc/hostname"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$root/etc/hosts"

chmod 0755 "$root" "$root"/{bin,sbin,etc,dev,proc,sys,home,run,var,usr,usr/bin}
chmod 1777 "$root/tmp" "$root/var/tmp"
chmod 0700 "$root/root"
chmod 0640 "$root/etc/shadow"
chmod 0644 "$root/etc/passwd" "$root/etc/group" "$root/etc/inittab" "$root/etc/hostname" "$root/etc/hosts"
chmod 0755 "$root/home/pikaci"
chown -R 0:0 "$root"
chown 1000:1000 "$root/home/pikaci"

# First line of busybox's banner, e.g. "BusyBox v1.35.0 (...)"; read without a pipe for the same reason.
read -r _ busybox_version _ < <("$busybox" 2>&1 || true)
cat >"$work/metadata.yaml" <<META
architecture: x86_64
creation_date: $epoch
properties:
  description: pikaci test image (busybox $busybox_version, static bash)
  os: busybox
  release: pikaci-test
  architecture: x86_64
templates: {}
META

pack() { # pack <dir> <member...> -> stdout, byte-stable
  tar --sort=name --mtime="@$epoch" --numeric-owner --format=gnu -C "$1" -cf - "${@:2}" | gzip -n -9
}
find "$root" "$work/metadata.yaml" -exec touch -h -d "@$epoch" {} +
mkdir -p "$out"
pack "$work" metadata.yaml >"$out/meta.tar.gz.tmp"
# Split image format: the rootfs tarball holds the root directory's contents at its top level.
pack "$root" . >"$out/rootfs.tar.gz.tmp"
mv -f "$out/meta.tar.gz.tmp" "$out/meta.tar.gz"
mv -f "$out/rootfs.tar.gz.tmp" "$out/rootfs.tar.gz"
