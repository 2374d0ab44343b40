#!/usr/bin/env bash
# Installs Debian packages the tests need when they are missing, and fails loudly when it cannot.
#   scripts/ensure-system-packages.sh postgresql-15 barman-cli-cloud pre-commit
# Safe to call from several test files at once: installs are serialised with a lock.
set -euo pipefail
missing=()
for pkg in "$@"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "cnpg-site tests need Debian packages: ${missing[*]}; install them (as root: apt-get install ${missing[*]})" >&2
  exit 1
fi
exec 9>/tmp/cnpg-site-apt.lock
flock 9
# Another test may have installed them while this one waited.
still=()
for pkg in "${missing[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || still+=("$pkg")
done
[ ${#still[@]} -eq 0 ] && exit 0
echo "installing Debian packages for the tests: ${still[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${still[@]}" >&2
