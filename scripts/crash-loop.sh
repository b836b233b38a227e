#!/bin/sh
# The long run of the kill -9 loop (Tests/RapportEndToEndTests/CrashLoopTests.swift): the app's
# store saving and folding its journal, `rapport add` commands beside it, all killed at random
# instants; after each kill every acknowledged edit must still be in the book.
# Usage: scripts/crash-loop.sh [ITERATIONS]   (default 300; figures in docs/RELIABILITY.md)
set -eu
cd "$(dirname "$0")/.."
iterations="${1:-300}"
swift build --build-tests
RAPPORT_CRASH_ITERATIONS="$iterations" swift test --skip-build --disable-swift-testing \
    --filter 'CrashLoopTests/testEveryAcknowledgedEditSurvivesKillNine' 2>&1 | grep -E 'crash loop:|error|Executed' 
