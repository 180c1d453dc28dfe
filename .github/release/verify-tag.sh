#!/usr/bin/env bash
# Checks a release tag before anything is published from it (docs/release.md):
#
#   .github/release/verify-tag.sh <tag> <commit sha the workflow runs for>
#
# 1. re-fetches the tag object from origin: actions/checkout writes a tag ref as a lightweight tag
#    pointing at the commit (actions/checkout#882), which hides the tag object and its signature;
# 2. the tag is an annotated tag object named <tag>;
# 3. it points at exactly <sha> — a tag moved or re-pushed since the run started is refused;
# 4. its signature verifies against the release keys kept in the repository, reviewed through
#    CODEOWNERS: SSH keys in allowed_signers (principal namespaces="git" key) and OpenPGP public keys
#    in signing-keys.asc, both in RELEASE_KEYS_DIR (default .github/release). No key file: refused.
#
# Exit 0 when every check passes; 1 with one ::error line naming the failed check otherwise.
set -euo pipefail

fail() {
  echo "::error title=release tag::$*"
  exit 1
}

[ $# -eq 2 ] || {
  echo "usage: $0 <tag> <commit sha>" >&2
  exit 2
}
tag=$1
sha=$2
keys_dir=${RELEASE_KEYS_DIR:-.github/release}

[[ "$tag" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "'$tag' is not a version tag vX.Y.Z."
[[ "$sha" =~ ^[0-9a-f]{40}$ ]] || fail "'$sha' is not a full commit SHA."

# The token, when there is one, reaches git through its environment only, never .git/config.
if [ -n "${GH_TOKEN:-}" ] && [ -n "${GITHUB_SERVER_URL:-}" ]; then
  export GIT_CONFIG_COUNT=1
  export GIT_CONFIG_KEY_0="http.${GITHUB_SERVER_URL}/.extraheader"
  GIT_CONFIG_VALUE_0="AUTHORIZATION: basic $(printf 'x-access-token:%s' "$GH_TOKEN" | base64 -w0)"
  export GIT_CONFIG_VALUE_0
fi
git fetch --quiet --force --no-tags origin "+refs/tags/$tag:refs/tags/$tag" ||
  fail "could not fetch refs/tags/$tag from origin."
unset GIT_CONFIG_COUNT GIT_CONFIG_KEY_0 GIT_CONFIG_VALUE_0

type=$(git cat-file -t "refs/tags/$tag")
[ "$type" = tag ] ||
  fail "$tag is a lightweight tag (a $type): release tags are annotated and signed (git tag -s)."
name=$(git cat-file tag "refs/tags/$tag" | sed -n 's/^tag //p' | head -n 1)
[ "$name" = "$tag" ] || fail "the tag object under refs/tags/$tag is named '$name'."
target=$(git rev-parse "refs/tags/$tag^{commit}")
[ "$target" = "$sha" ] ||
  fail "$tag points at $target, but this run is for $sha: the tag moved after it was pushed."

signers=$keys_dir/allowed_signers
pgp_keys=$keys_dir/signing-keys.asc
has_ssh=false
has_pgp=false
grep -qE '^[^#[:space:]]' "$signers" 2>/dev/null && has_ssh=true
grep -q 'BEGIN PGP PUBLIC KEY BLOCK' "$pgp_keys" 2>/dev/null && has_pgp=true
$has_ssh || $has_pgp || fail "no release signing keys in $signers or $pgp_keys (docs/release.md)."

# A private keyring holding only the release keys, so no key of the machine can vouch for a tag.
gnupg_home=$(mktemp -d)
trap 'gpgconf --kill all >/dev/null 2>&1 || true; rm -rf "$gnupg_home"' EXIT
export GNUPGHOME=$gnupg_home
if $has_pgp; then
  gpg --batch --quiet --import "$pgp_keys" 2>/dev/null || fail "$pgp_keys does not import."
fi
verify_args=(-c gpg.ssh.allowedSignersFile="$(realpath "${signers}" 2>/dev/null || echo /dev/null)")
if ! output=$(git "${verify_args[@]}" verify-tag --raw "refs/tags/$tag" 2>&1); then
  printf '%s\n' "$output" >&2
  fail "the signature of $tag does not verify against the release keys in $keys_dir."
fi
echo "$tag: annotated, signed by a release key, points at $sha."
