#!/usr/bin/env bash
# Cold-start benchmark: fresh JVMs answering one LaunchRequest from the shaded Lambda jar.
# Usage: bench/cold-start.sh [RUNS_PER_SUBJECT]   (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
mkdir -p target/bench/runner
cp target/morning-back-coach.jar target/bench/skill.jar
javac -nowarn -d target/bench/runner -cp target/bench/skill.jar bench/runner/*.java
mvn -q -B -Pbench -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
java -Dsqlite4java.library.path=target/bench-build/native-libs \
  -cp "target/bench-build/classes:$(cat target/bench/classpath.txt)" \
  com.morningbackcoach.bench.ColdStartHarness "$@"
