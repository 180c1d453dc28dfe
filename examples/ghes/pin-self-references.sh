#!/usr/bin/env bash
# GitHub Enterprise Server has no `$/` self-repository references. This writes a copy of the
# reusable workflow in which every `uses: $/<path>` names the suite's repository on your instance
# at one full commit SHA instead, so the copy still runs every action at the commit you pinned.
#
#   examples/ghes/pin-self-references.sh ORG/portcullis <40-hex sha> \
#     < .github/workflows/portcullis.yml > portcullis-ghes.yml
#
# Run it on the release commit you mirrored, and pass that same commit's SHA.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 <owner/repo> <40-hex commit sha> < portcullis.yml > portcullis-ghes.yml" >&2
  exit 2
fi
repo="$1"
sha="$2"
if ! [[ "$repo" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]]; then
  echo "$0: '$repo' is not owner/repo" >&2
  exit 2
fi
if ! [[ "$sha" =~ ^[0-9a-f]{40}$ ]]; then
  echo "$0: the ref must be a full 40-character commit SHA (a tag or branch can move)" >&2
  exit 2
fi
sed -E "s#^([[:space:]]*(- )?uses:[[:space:]]*)\\\$/([^[:space:]@]+)#\\1${repo}/\\3@${sha}#"
