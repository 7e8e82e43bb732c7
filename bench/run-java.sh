#!/usr/bin/env bash
# What the benchmark scripts share: installs wrk when missing (unless NO_WRK=1: the ingest
# benchmark needs none), packages the modules, then runs one benchmark class in a JVM of its own
# and keeps its output.
#
#   bench/run-java.sh CLASS LOG-PREFIX [options for CLASS...]
set -euo pipefail

main_class="$1"
log_prefix="$2"
shift 2

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "${NO_WRK:-0}" != 1 ] && ! command -v wrk >/dev/null 2>&1; then
    echo "wrk is missing; installing it with apt-get" >&2
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get install -y wrk || { $sudo_cmd apt-get update && $sudo_cmd apt-get install -y wrk; }
fi

# Packages rdf-model, ingest, api and bench; bench's package step writes its runtime classpath and
# copies the jena-fuseki-server jar to bench/target/fuseki/.
# -DskipTests, not maven.test.skip: the api needs rdf-model's test jar (its Fuseki fixture) to resolve.
mvn -B -q -DskipTests -pl bench -am package

mkdir -p bench/target
log="bench/target/${log_prefix}-$(date +%Y%m%d-%H%M%S).txt"
# Plain java rather than exec:java, so the heap, JIT and GC are the benchmark's own and not Maven's.
# shellcheck disable=SC2086
java -Xms2g -Xmx8g ${JAVA_OPTS:-} \
    -Dopencohesion.shared="${OPENCOHESION_SHARED:-$root/../shared}" \
    -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    "$main_class" "$@" 2>&1 | tee "$log"
echo "(kept in $log)"
