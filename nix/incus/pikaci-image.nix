# NixOS module for the pikaci Incus guest image (docs/upstream.md, executor 5.5; docs/design.md decision 10).
#
# It bakes the POSIX sh guest runner `pikaci-incus-run` (next to this file) onto the system PATH,
# so it lives at /run/current-system/sw/bin/pikaci-incus-run, and lays out the guest paths the
# runner and the host agree on (src/guest/paths.ts). Import it into a NixOS configuration that
# also sets up the VM itself, e.g. with nixos-generators' `incus-vm` or `lxc` formats:
#
#   nixosConfigurations.pikaci-incus = nixpkgs.lib.nixosSystem {
#     system = "x86_64-linux";
#     modules = [ ./nix/incus/pikaci-image.nix ];
#   };
#
# Upstream's image also carries cargo, rustc, clang and the rest of the Pika toolchain; add those
# with `pikaci.image.extraPackages`.
{ config, lib, pkgs, ... }:

let
  cfg = config.pikaci.image;

  pikaci-incus-run = pkgs.writeTextFile {
    name = "pikaci-incus-run";
    text = builtins.readFile ./pikaci-incus-run;
    executable = true;
    destination = "/bin/pikaci-incus-run";
    checkPhase = ''
      ${pkgs.dash}/bin/dash -n $out/bin/pikaci-incus-run
    '';
  };

  # Owned by pikaci:users, as the runner expects (it chowns them to 1000:100 again at start).
  userDirs = [
    "/workspace"
    "/run/pika-cloud"
    "/run/pika-cloud/logs"
    "/cargo-home"
    "/cargo-target"
  ];
  rootDirs = [
    "/workspace/snapshot"
    "/staged"
    "/staged/linux-rust/workspace-deps"
    "/staged/linux-rust/workspace-build"
  ];
in
{
  options.pikaci.image.extraPackages = lib.mkOption {
    type = lib.types.listOf lib.types.package;
    default = [ ];
    description = "More packages for the guest PATH (toolchains the lanes need).";
  };

  config = {
    # `incus exec` needs the agent; nothing logs in over the network.
    virtualisation.incus.agent.enable = lib.mkDefault true;
    services.openssh.enable = false;

    networking.useNetworkd = true;
    systemd.network.networks."10-uplink" = {
      matchConfig.Name = "en* eth*";
      networkConfig.DHCP = "yes";
    };

    users.users.pikaci = {
      isNormalUser = true;
      uid = 1000;
      group = "users";
      home = "/home/pikaci";
    };

    systemd.tmpfiles.rules =
      map (dir: "d ${dir} 0755 pikaci users -") userDirs
      ++ map (dir: "d ${dir} 0755 root root -") rootDirs;

    environment.systemPackages = [
      pikaci-incus-run
      pkgs.bash
      pkgs.coreutils
      pkgs.util-linux
      pkgs.gnused
      pkgs.gawk
      pkgs.git
      pkgs.jq
      pkgs.nix
      pkgs.cacert
    ] ++ cfg.extraPackages;

    system.stateVersion = "24.05";
  };
}
