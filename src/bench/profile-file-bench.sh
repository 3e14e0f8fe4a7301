#!/bin/sh
# Reads and updates credentials files of 10, 1,000 and 5,000 profiles; prints medians and ratios.
# Usage: src/bench/profile-file-bench.sh [runs-for-5000-profiles, default 200]
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q -Dstyle.color=never test-compile
exec java -cp target/classes:target/test-classes dev.awsmfa.profile.bench.ProfileFileBenchmark "$@"
