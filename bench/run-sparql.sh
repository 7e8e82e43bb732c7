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

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v wrk >/dev/null 2>&1; then
    echo "wrk is missing; installing it with apt-get" >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get install -y wrk || { $sudo_cmd apt-get update && $sudo_cmd apt-get install -y wrk; }
fi

# Packages rdf-model, ingest, api and bench; bench's package step writes its runtime classpath and
# copies the jena-fuseki-server jar to bench/target/fuseki/.
mvn -B -q -Dmaven.test.skip=true -pl bench -am package

mkdir -p bench/target
log="bench/target/sparql-bench-$(date +%Y%m%d-%H%M%S).txt"
# Plain java rather than exec:java, so the heap, JIT and GC are the benchmark's own and not Maven's.
# shellcheck disable=SC2086
java -Xms2g -Xmx8g ${JAVA_OPTS:-} \
    -Dopencohesion.shared="${OPENCOHESION_SHARED:-$root/../shared}" \
    -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    org.opencohesion.bench.SparqlBench "$@" 2>&1 | tee "$log"
echo "(kept in $log)"
