#!/bin/sh
# Installs simcancel from a release: picks the archive for this system, checks its
# SHA-256, and puts the binary in ~/.local/bin (or $SIMCANCEL_INSTALL_DIR).
# The release workflow fills in @DOWNLOAD@; SIMCANCEL_DOWNLOAD_URL overrides it.
#
#   curl -LsSf <release>/simcancel-installer.sh | sh
set -eu

base="${SIMCANCEL_DOWNLOAD_URL:-@DOWNLOAD@}"
dest="${SIMCANCEL_INSTALL_DIR:-$HOME/.local/bin}"

fail() {
    echo "simcancel installer: $1" >&2
    exit 1
}

case "$(uname -s)" in
    Linux) os=unknown-linux-gnu ;;
    Darwin) os=apple-darwin ;;
    *) fail "no build for $(uname -s); on Windows use simcancel-installer.ps1, elsewhere 'cargo install simcancel'" ;;
esac
case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) fail "no build for $(uname -m); try 'cargo install simcancel'" ;;
esac
# A shell translated by Rosetta says x86_64 on Apple silicon: the native build is better.
if [ "$os" = apple-darwin ] && [ "$(sysctl -n hw.optional.arm64 2>/dev/null || echo 0)" = 1 ]; then
    arch=aarch64
fi
name="simcancel-$arch-$os"

fetch() {
    if command -v curl >/dev/null 2>&1; then
        curl --proto '=https,file' -fLsS "$1" -o "$2"
    elif command -v wget >/dev/null 2>&1; then
        wget -q "$1" -O "$2"
    else
        fail "needs curl or wget"
    fi
}

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "Downloading $name.tar.xz"
fetch "$base/$name.tar.xz" "$tmp/$name.tar.xz" || fail "could not download $base/$name.tar.xz"
fetch "$base/$name.tar.xz.sha256" "$tmp/$name.tar.xz.sha256" || fail "could not download the checksum"
want="$(cut -d ' ' -f 1 "$tmp/$name.tar.xz.sha256")"
if command -v sha256sum >/dev/null 2>&1; then
    got="$(sha256sum "$tmp/$name.tar.xz" | cut -d ' ' -f 1)"
else
    got="$(shasum -a 256 "$tmp/$name.tar.xz" | cut -d ' ' -f 1)"
fi
[ "$want" = "$got" ] || fail "checksum mismatch for $name.tar.xz: expected $want, got $got"
tar -xJf "$tmp/$name.tar.xz" -C "$tmp" || fail "could not unpack $name.tar.xz"
mkdir -p "$dest"
cp "$tmp/$name/simcancel" "$dest/simcancel"
chmod 755 "$dest/simcancel"
echo "Installed $dest/simcancel"
case ":$PATH:" in
    *":$dest:"*) echo "Run: simcancel" ;;
    *) echo "$dest is not on your PATH: run $dest/simcancel, or add $dest to PATH" ;;
esac
