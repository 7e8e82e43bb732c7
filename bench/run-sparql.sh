#!/usr/bin/env bash
# Builds what the SPARQL benchmark (OpenCohesion against Fuseki) needs and runs it; see bench/README.md.
#
#   bench/run-sparql.sh                        # 8 and 32 connections, 10 s warm-up + 10 s measured per scenario
#   bench/run-sparql.sh --reuse /tmp/opencohesion-bench-NNN    # a store kept by run-rest.sh --keep true
#   bench/run-sparql.sh --connections 8 --duration 30 --keep true
#
# Options go to SparqlBench (--connections 8,32, --fuseki-jar, --fuseki-heap, --duration, --warmup,
# --threads, --timeout, --wrk, --shared, --keep, --reuse); JAVA_OPTS goes to its JVM, not Fuseki's. The output is also kept in
# bench/target/sparql-bench-<time>.txt.
set -euo pipefail

exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" org.opencohesion.bench.SparqlBench sparql-bench "$@"
