#!/usr/bin/env bash
# Builds the decode-core fuzzer (clang 14, libFuzzer + AddressSanitizer + UBSan) in its own build folder
# and runs it for DURATION_SECONDS from the seed corpus in tests/data/audio/corpus/.
#   fuzz/run.sh DURATION_SECONDS [more libFuzzer flags]
# New inputs go to BUILD/fuzz-corpus (the seeds stay untouched); findings to
# BUILD/fuzz-artifacts/. BUILD is build-fuzz/ unless CALLQA_FUZZ_BUILD says otherwise.
set -euo pipefail
if [[ $# -lt 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 DURATION_SECONDS [libFuzzer flags]" >&2
    exit 2
fi
duration=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
build=${CALLQA_FUZZ_BUILD:-$root/build-fuzz}

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCALLQA_FUZZ=ON -DCALLQA_TESTS=OFF >/dev/null
nice -n 10 ninja -C "$build" -j2 fuzz_decoder

mkdir -p "$build/fuzz-corpus" "$build/fuzz-artifacts"
# -malloc_limit_mb catches a header that makes FFmpeg allocate hundreds of MB (the sample-rate
# guard exists because of one); -rss_limit_mb and -timeout catch leaks and hangs.
exec "$build/fuzz/fuzz_decoder" "$build/fuzz-corpus" "$root/tests/data/audio/corpus" \
    -max_total_time="$duration" -max_len=4096 -malloc_limit_mb=512 -rss_limit_mb=1536 \
    -timeout=10 -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/" "$@"
