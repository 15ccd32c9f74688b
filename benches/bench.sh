#!/usr/bin/env bash
# Speed and size of simcancel, each figure against its target (README: "Speed and size").
# Run it by hand: `bash benches/bench.sh` (PAIRS=500 for more runs). The tests and CI do
# not run it. Needs python3 for the clock; exits 1 if a target is missed.
set -euo pipefail
cd "$(dirname "$0")/.."

PAIRS=${PAIRS:-200}
target_dir=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
bin="$target_dir/release/simcancel"

echo "building the release binary and the load benchmark…" >&2
cargo build --release --locked --quiet
load_out=$(cargo bench --locked --quiet --bench load)

# Records go to memory, so a run's fsync does not time the disk.
base=/dev/shm
[ -d "$base" ] && [ -w "$base" ] || base=${TMPDIR:-/tmp}
work=$(mktemp -d "$base/simcancel-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

failed=0
row() { # figure, measured, target, PASS/FAIL/info
    printf '%-40s %14s %12s  %s\n' "$1" "$2" "$3" "$4"
    [ "$4" != FAIL ] || failed=1
}
verdict() { # measured limit: PASS when measured <= limit
    python3 -c 'import sys; print("PASS" if float(sys.argv[1]) <= float(sys.argv[2]) else "FAIL")' "$1" "$2"
}

# Paired timing: simcancel and /bin/true alternate in one loop (which goes first
# alternates too), each spawned directly and timed with a nanosecond clock. Prints the
# ratio to judge by (the larger of the median per-pair ratio and the ratio of the two
# medians: on a busy machine the two drift apart) and both medians in milliseconds.
paired() {
    python3 - "$PAIRS" "$work" "$@" <<'PY'
import os, shutil, statistics, sys, time

pairs, work, argv = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
records = os.path.join(work, "records")
null = [
    (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
    (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
    (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
]
env = {k: v for k, v in os.environ.items() if k not in ("SIMCANCEL_RECORDS_DIR",)}

def timed(args):
    start = time.perf_counter_ns()
    pid = os.posix_spawn(args[0], args, env, file_actions=null)
    _, status, _ = os.wait4(pid, 0)
    elapsed = time.perf_counter_ns() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{args} failed: {status}")
    shutil.rmtree(records, ignore_errors=True)  # every run writes into an empty directory
    return elapsed

ours, true = [], []
for _ in range(5):  # warm the page cache
    timed(argv), timed(["/bin/true"])
for i in range(pairs):
    if i % 2:
        ours.append(timed(argv)); true.append(timed(["/bin/true"]))
    else:
        true.append(timed(["/bin/true"])); ours.append(timed(argv))
ours_ms, true_ms = statistics.median(ours) / 1e6, statistics.median(true) / 1e6
ratio = max(statistics.median(a / b for a, b in zip(ours, true)), ours_ms / true_ms)
print(f"{ratio:.2f} {ours_ms:.3f} {true_ms:.3f}")
PY
}

full=("$bin" --operator mts --channel online --records-dir "$work/records" --no-input)

if [ -r /proc/loadavg ]; then
    echo "(load average before timing: $(cut -d ' ' -f 1 /proc/loadavg); other work skews the ratios)"
fi
read -r ratio ms true_ms < <(paired "${full[@]}")
row "full run ÷ /bin/true" "${ratio}×" "≤ 3×" "$(verdict "$ratio" 3)"
echo "  ($ms ms against $true_ms ms; medians of $PAIRS pairs)"
read -r ratio ms true_ms < <(paired "$bin" --help)
row "--help ÷ /bin/true" "${ratio}×" "≤ 3×" "$(verdict "$ratio" 3)"
echo "  ($ms ms against $true_ms ms; medians of $PAIRS pairs)"

load_ms() { awk -v name="$1" '$2 == name { print $3 }' <<<"$load_out"; }
row "table load, shipped table" "$(load_ms shipped) ms" "—" info
minimal=$(load_ms minimal-10000)
row "table load, 10,000 minimal operators" "$minimal ms" "≤ 50 ms" "$(verdict "$minimal" 50)"
mts_sized=$(load_ms full-10000)
row "table load, 10,000 MTS-sized operators" "$mts_sized ms" "≤ 50 ms" "$(verdict "$mts_sized" 50)"
row "  the toml parser alone, minimal" "$(load_ms parse-only-minimal-10000) ms" "—" info
sed 's/^/  (/; s/$/)/' <<<"$load_out"

stripped="$work/simcancel.stripped"
cp "$bin" "$stripped"
command -v strip >/dev/null && strip "$stripped"
size=$(python3 -c 'import os, sys; print(f"{os.path.getsize(sys.argv[1]) / 2**20:.2f}")' "$stripped")
# 5 MiB since the documents embed a Cyrillic font for their PDFs.
row "release binary, stripped" "$size MiB" "≤ 5 MiB" "$(verdict "$size" 5)"

if [ -x /usr/bin/time ]; then
    kib=$(/usr/bin/time -f %M "${full[@]}" </dev/null 2>&1 >/dev/null | tail -n 1)
else
    kib=$(python3 - "${full[@]}" <<'PY'
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)  # KiB on Linux
PY
)
fi
rss=$(python3 -c 'import sys; print(f"{int(sys.argv[1]) / 1024:.1f}")' "$kib")
row "peak RSS of a full run" "$rss MiB" "≤ 8 MiB" "$(verdict "$rss" 8)"

exit "$failed"
