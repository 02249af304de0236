#!/usr/bin/env bash
# Configures and builds the fuzzers' project (this directory) with clang into BINARY_DIR.
# The fixture test fuzz_build runs it once before the fuzz_<name> tests; a lock keeps two
# runs from building the same directory at once.
# Usage: build.sh BINARY_DIR GENERATOR
set -euo pipefail
source_dir=$(cd "$(dirname "$0")" && pwd)
binary_dir=$1
generator=$2

clangxx=$(command -v clang++ || command -v clang++-14 || true)
if [ -z "$clangxx" ]; then
  echo "fuzz: clang++ not found; packaging/install-deps.sh installs clang and libclang-rt-14-dev" >&2
  exit 1
fi

mkdir -p "$binary_dir"
exec 9>"$binary_dir/.build.lock"
flock 9
cmake -S "$source_dir" -B "$binary_dir" -G "$generator" -DCMAKE_CXX_COMPILER="$clangxx" >/dev/null
cmake --build "$binary_dir"
