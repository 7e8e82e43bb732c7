package org.opencohesion.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.opencohesion.ingest.IngestListener;
import org.opencohesion.ingest.IngestReport;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.rdf.Uris;
import org.opencohesion.rdf.store.LocalStore;

/** The synthetic dataset, written to files and ingested into a new TDB2 store the way {@code ingest} does it. */
final class SyntheticStore {

    /**
     * @param triples    triples in the ingested data graphs (not counting the DCAT/PROV records), or -1 when reused
     * @param checking   reading, mapping, disclosure control and SHACL validation
     * @param committing the one TDB2 write transaction
     */
    record Loaded(LocalStore store, Geography geography, SyntheticData.Summary data, long triples,
                  Duration generating, Duration checking, Duration committing) {}

    private SyntheticStore() {}

    /** Generates the input files into {@code workFolder} and ingests them into a new store there. */
    static Loaded build(Path sharedFolder, Path workFolder) {
        long started = System.nanoTime();
        Geography geography = WardLookup.read(sharedFolder.resolve("sources"));
        Path input = workFolder.resolve("input");
        SyntheticData.Summary data = SyntheticData.write(geography, input);
        long generated = System.nanoTime();

        LocalStore store = LocalStore.open(workFolder.resolve("tdb2"), Uris.of(Uris.DEFAULT_BASE));
        long[] commitStarted = {0};
        IngestListener timing = new IngestListener() {
            @Override
            public void committing() {
                commitStarted[0] = System.nanoTime();
            }
        };
        IngestReport report;
        try {
            report = new IngestService(store).ingest(InputFolder.collect(List.of(input), null, null), timing);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        long ingested = System.nanoTime();
        long triples = report.datasets().stream().mapToLong(IngestReport.Dataset::triples).sum();
        return new Loaded(store, geography, data, triples, Duration.ofNanos(generated - started),
                Duration.ofNanos(commitStarted[0] - generated), Duration.ofNanos(ingested - commitStarted[0]));
    }

    /**
     * Opens the store an earlier run kept in {@code keptFolder}. The input files are generated
     * again into {@code workFolder} only to know the sizes: the same seed gives the same data.
     */
    static Loaded reuse(Path sharedFolder, Path keptFolder, Path workFolder) {
        long started = System.nanoTime();
        Geography geography = WardLookup.read(sharedFolder.resolve("sources"));
        SyntheticData.Summary data = SyntheticData.write(geography, workFolder.resolve("input"));
        Duration generating = Duration.ofNanos(System.nanoTime() - started);
        LocalStore store = LocalStore.open(keptFolder.resolve("tdb2"), Uris.of(Uris.DEFAULT_BASE));
        return new Loaded(store, geography, data, -1, generating, Duration.ZERO, Duration.ZERO);
    }
}
