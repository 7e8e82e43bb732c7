#!/usr/bin/env bash
# Builds what the ingest benchmark needs and runs it; see bench/README.md.
#
#   bench/run-ingest.sh                        # every LSOA of England and Wales: about 7 million observations
#   bench/run-ingest.sh --fraction 0.1         # a tenth of the LSOAs and assets (quick)
#   bench/run-ingest.sh --heap 4g --jfr true --keep true
#
# Options go to IngestBench (--fraction, --heap, --input, --loader-inputs, --jfr, --keep, --shared,
# --fuseki-jar). Each side (OpenCohesion's ingest, Jena's tdb2.tdbloader) runs in a JVM of its own
# with --heap as -Xmx; this JVM only generates the input and exports the ingested statements.
# The output is also kept in bench/target/ingest-bench-<time>.txt.
set -euo pipefail

NO_WRK=1 exec "$(dirname "${BASH_SOURCE[0]}")/run-java.sh" org.opencohesion.bench.IngestBench ingest-bench "$@"
