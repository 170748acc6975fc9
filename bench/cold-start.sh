#!/usr/bin/env bash
# Cold-start benchmark: fresh JVMs answering a returning user's LaunchRequest from the shaded Lambda jar, against
# DynamoDB Local: the skill cold, a floor skill, hello-world, a bare JVM, and the restore proxy (SnapStart priming,
# then the first real answer), on two CPUs and pinned to one; then the classes each loads. The floor and hello-world
# run from target/bench/yardstick.jar and log through the runtime's LambdaLogger alone.
# Usage: bench/cold-start.sh [RUNS_PER_SUBJECT] [--jdk JAVA_HOME] [--jvm-flags "FLAGS"] [--only SUBJECT,...]
#   RUNS_PER_SUBJECT defaults to 10; --jdk runs the subjects on another JDK (the harness itself runs on `java`).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests package
mkdir -p target/bench/runner
cp target/morning-back-coach.jar target/bench/skill.jar
# The yardsticks' jar: the same libraries without the skill, any logging library or SLF4J provider (they log through
# the runtime's LambdaLogger alone, as the least a Lambda function needs)
cp target/morning-back-coach.jar target/bench/yardstick.jar
zip -q -d target/bench/yardstick.jar 'com/morningbackcoach/*' 'org/apache/logging/*' 'META-INF/org/apache/logging/*' \
  'com/amazonaws/services/lambda/runtime/log4j2/*' 'ch/qos/logback/*' 'software/amazon/lambda/*' \
  'META-INF/services/org.slf4j.spi.SLF4JServiceProvider' 'log4j2*.xml' 'LambdaLayout.json' >/dev/null || true
javac -nowarn -d target/bench/runner -cp target/bench/skill.jar bench/runner/*.java bench/runner/benchcrac/*.java
mvn -q -B -Pbench -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench/classpath.txt
java -Dsqlite4java.library.path=target/bench-build/native-libs \
  -cp "target/bench-build/classes:$(cat target/bench/classpath.txt)" \
  com.morningbackcoach.bench.ColdStartHarness "$@"
