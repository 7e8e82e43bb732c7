#!/usr/bin/env bash
# Builds what the REST load benchmark needs and runs it; see bench/README.md.
#
#   bench/run-rest.sh                          # 10 s warm-up + 10 s measured per scenario, 32 connections
#   bench/run-rest.sh --duration 30 --keep true
#   JAVA_OPTS="-Dorg.slf4j.simpleLogger.log.org.opencohesion.access=warn" bench/run-rest.sh   # access log off
#
# Options go to RestBench (--duration, --warmup, --connections, --threads, --timeout, --wrk,
# --shared, --keep, --reuse); JAVA_OPTS goes to its JVM. The output is also kept in
# bench/target/rest-bench-<time>.txt.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" org.opencohesion.bench.RestBench rest-bench "$@"
