#!/usr/bin/env bash
# The whole test suite in the environments a user's machine may have: the system clock
# moved to 2028 and to 2025 (libfaketime), another time zone, a Chinese locale, an empty
# HOME, and signals ignored by whatever started it (as cargo-mutants and nohup do). The
# tests pin what they depend on, so each run must pass unchanged.
# Not in CI (it runs the suite seven times); run it before a release:
#   bash tests/environments.sh
set -euo pipefail
cd "$(dirname "$0")/.."

preload=/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1
if [[ ! -e $preload ]]; then
    echo "environments: installing libfaketime (Debian's faketime)" >&2
    sudo=$([[ $(id -u) == 0 ]] || echo sudo)
    $sudo apt-get install -y -qq faketime >/dev/null
fi

# Built once, outside the moved clock: cargo would judge every file's time against it. The
# build runs on its own first, so that a failed one stops the script (`set -e`).
cargo test --locked --no-run
mapfile -t binaries < <(cargo test --locked --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        print(m["executable"])')

# The unit tests and the integration binary, at least: none listed is no run at all.
if ((${#binaries[@]} < 2)); then
    echo "environments: cargo listed no test binaries" >&2
    exit 1
fi

empty_home=$(mktemp -d)
trap 'rm -rf "$empty_home"' EXIT

failed=()
run() {
    local name=$1
    shift
    echo "== $name" >&2
    for binary in "${binaries[@]}"; do
        if ! env "$@" "$binary" -q >"$empty_home.log" 2>&1; then
            sed -n '/^failures:$/,$p' "$empty_home.log" | head -60 >&2
            failed+=("$name: $(basename "$binary")")
        fi
    done
}

run "as it is"
run "clock in 2028" LD_PRELOAD="$preload" FAKETIME="@2028-03-01 12:00:00" FAKETIME_DONT_RESET=1
run "clock in 2025" LD_PRELOAD="$preload" FAKETIME="@2025-06-15 09:30:00" FAKETIME_DONT_RESET=1
run "TZ=Asia/Shanghai" TZ=Asia/Shanghai
run "LANG=zh_CN.UTF-8" LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8
run "empty HOME" HOME="$empty_home"
# As cargo-mutants and nohup start it: signals ignored by the runner must not reach a test's
# child (a test that sends SIGQUIT would wait for ever).
run "QUIT and HUP ignored" bash -c 'trap "" QUIT HUP; exec "$0" "$@"'
rm -f "$empty_home.log"

if ((${#failed[@]})); then
    printf 'environments: failed: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "environments: the suite passed in all seven" >&2
