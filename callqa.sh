#!/usr/bin/env bash
# The two commands of the README.
#   ./callqa.sh run    install what is needed, build, make the demo workspace, open the workstation
#   ./callqa.sh test   install what is needed, build, run the whole suite (plain, then ASan+UBSan)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
jobs=$(nproc 2>/dev/null || echo 2)

build() { # build DIR [cmake options...]
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
  ninja -C "$dir" -j"$jobs"
}

case "${1:-}" in
run)
  shift
  ./scripts/install-deps.sh
  build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCALLQA_TESTS=OFF
  demo_db="${CALLQA_DEMO_DB:-$HOME/.local/share/callqa/demo/workspace.db}"
  if [ ! -f "$demo_db" ]; then
    ./build/app/callqa demo --db "$demo_db"
  fi
  exec ./build/app/callqa --db "$demo_db" "$@"
  ;;
test)
  ./scripts/install-deps.sh
  build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCALLQA_TESTS=ON
  build build-asan -DCMAKE_BUILD_TYPE=Debug -DCALLQA_TESTS=ON -DCALLQA_SANITIZE=ON -DCMAKE_CXX_FLAGS=-O1
  status=0
  if [ -x fuzz/run.sh ]; then
    fuzz/run.sh 60 || status=1
  fi
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export LSAN_OPTIONS=suppressions=$here/scripts/lsan.supp:print_suppressions=0
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  echo "== test suite under AddressSanitizer + UBSan"
  ctest --test-dir build-asan --output-on-failure -j"$jobs" || status=1
  echo "== test suite"
  ctest --test-dir build --output-on-failure -j"$jobs" || status=1
  exit $status
  ;;
*)
  echo "usage: $0 run|test" >&2
  exit 2
  ;;
esac
