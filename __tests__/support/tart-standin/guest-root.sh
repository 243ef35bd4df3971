#!/bin/sh
# Part of the simulated `tart` (tart.mjs): the inside of one `tart exec`, run by
# `unshare --mount` in a mount namespace of its own. It builds the VM's file system on a tmpfs at
# <vm>/root — the host's programs and libraries bound in, the VM's own disk (<vm>/disk: etc,
# private/tmp, Applications, Library, System, Users, root) bound over them, the named `--dir`
# shares at /Volumes/My Shared Files/<name> as macOS automounts them (Tart's default tag
# com.apple.virtio-fs.automount; Sources/tart/Commands/Run.swift `--dir` help), the tagged shares
# kept aside for the `mount_virtiofs` shim, `/nix` when /etc/synthetic.conf asked for it at boot —
# and runs the command chrooted there, as `tart exec` runs it in the guest.
#
# usage: guest-root.sh <vm dir> <stand-in dir> <command> [args...]
set -eu
VM=$1
STANDIN=$2
shift 2
ROOT=$VM/root
BOOT=$VM/boot
mount -t tmpfs -o mode=755 tart-standin-guest "$ROOT"
for d in bin sbin lib lib32 lib64 libx32 usr dev proc sys run var opt; do
  if [ -L "/$d" ]; then
    ln -s "$(readlink "/$d")" "$ROOT/$d"
  elif [ -d "/$d" ]; then
    mkdir "$ROOT/$d"
    mount --rbind "/$d" "$ROOT/$d"
  fi
done
for d in etc private Applications Library System Users root; do
  mkdir -p "$ROOT/$d" "$VM/disk/$d"
  mount --bind "$VM/disk/$d" "$ROOT/$d"
done
# A macOS guest has none of util-linux's runuser, setpriv and su -s, nor GNU timeout and sha256sum
# (switch macosTools): each is hidden behind an empty, non-executable file.
if [ "${TART_STANDIN_MACOS_TOOLS:-}" = 1 ]; then
  : >"$VM/boot/absent-tool"
  for tool in runuser setpriv su timeout sha256sum; do
    for dir in /usr/bin /usr/sbin /bin /sbin; do
      if [ -f "$ROOT$dir/$tool" ] && [ ! -L "$ROOT$dir/$tool" ]; then mount --bind "$VM/boot/absent-tool" "$ROOT$dir/$tool"; fi
    done
  done
fi
# macOS: /tmp is a symlink into /private.
ln -s private/tmp "$ROOT/tmp"
# A `nix<TAB>System/Volumes/Data/nix` line of /etc/synthetic.conf becomes /nix at boot (the stand-in's
# `run` read it when the VM booted).
if [ -f "$BOOT/synthetic-nix" ]; then ln -s System/Volumes/Data/nix "$ROOT/nix"; fi

mkdir -p "$ROOT/.standin/bin" "$ROOT/.standin/tags" "$ROOT/.standin/boot" "$ROOT/Volumes/My Shared Files"
mount --bind "$BOOT" "$ROOT/.standin/boot"
cp "$STANDIN/mount_virtiofs" "$ROOT/.standin/bin/mount_virtiofs"
chmod 755 "$ROOT/.standin/bin/mount_virtiofs"
TAB=$(printf '\t')
while IFS="$TAB" read -r kind key mode path; do
  case $kind in
    name) target="$ROOT/Volumes/My Shared Files/$key" ;;
    tag) target="$ROOT/.standin/tags/$key" ;;
    *) continue ;;
  esac
  mkdir -p "$target"
  mount --bind "$path" "$target"
  if [ "$mode" = ro ]; then mount -o remount,bind,ro "$target"; fi
done <"$BOOT/shares"
# Mounts made by `mount_virtiofs` earlier in this boot stay, as they do in a running guest.
if [ -f "$BOOT/mounts" ]; then
  while IFS="$TAB" read -r tag dir; do
    mkdir -p "$ROOT$dir"
    mount --bind "$ROOT/.standin/tags/$tag" "$ROOT$dir"
  done <"$BOOT/mounts"
fi
exec chroot "$ROOT" /usr/bin/env -i \
  PATH=/.standin/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  HOME=/root LANG=C.UTF-8 \
  sh -c 'cd / && exec "$@"' sh "$@"
