#!/usr/bin/env bash
# Cold-start benchmark: fresh JVMs answering a returning user's LaunchRequest from the shaded Lambda jar, against
# DynamoDB Local: the skill cold, a floor skill, hello-world, a bare JVM, and the restore proxy (SnapStart priming,
# then the first real answer), on two CPUs and pinned to one; then the classes each loads.
# Usage: bench/cold-start.sh [RUNS_PER_SUBJECT] [--jdk JAVA_HOME] [--jvm-flags "FLAGS"] [--only SUBJECT,...]
#   RUNS_PER_SUBJECT defaults to 10; --jdk runs the subjects on another JDK (the harness itself runs on `java`).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
mkdir -p target/bench/runner
cp target/morning-back-coach.jar target/bench/skill.jar
javac -nowarn -d target/bench/runner -cp target/bench/skill.jar bench/runner/*.java bench/runner/benchcrac/*.java
mvn -q -B -Pbench -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
java -Dsqlite4java.library.path=target/bench-build/native-libs \
  -cp "target/bench-build/classes:$(cat target/bench/classpath.txt)" \
  com.morningbackcoach.bench.ColdStartHarness "$@"
