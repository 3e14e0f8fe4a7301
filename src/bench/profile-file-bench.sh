#!/bin/sh
# Reads and updates a 10-profile and a 5,000-profile credentials file; prints medians and ratio.
# Usage: src/bench/profile-file-bench.sh [runs-for-5000-profiles, default 200]
set -eu
cd "$(dirname "$0")/../.."
mvn -B -q -Dstyle.color=never test-compile
exec java -cp target/classes:target/test-classes dev.awsmfa.profile.bench.ProfileFileBenchmark "$@"
