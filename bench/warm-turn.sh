#!/usr/bin/env bash
# Warm-turn benchmark (JMH): one mid-routine turn through the stream handler, in-memory store.
# Usage: bench/warm-turn.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -q -B -Pbench -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
java -cp "target/bench-build/classes:$(cat target/bench/classpath.txt)" org.openjdk.jmh.Main WarmTurnBenchmark "$@"
