package org.opencohesion.api;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.opencohesion.api.cli.TerminalProgress;
import org.opencohesion.ingest.IngestReport;
import org.opencohesion.ingest.IngestService;
import org.opencohesion.ingest.InputFolder;
import org.opencohesion.rdf.store.Store;

/** Loads a folder of input files when the store holds no datasets yet (the demo's first start). */
final class FirstStart {
    private FirstStart() {}

    static void load(Store store, Path folder, PrintWriter out) {
        String metaSuffix = "/meta";
        String graphs = store.uris().base() + "/graph/";
        boolean empty = store.read(view -> view.graphNames().stream().noneMatch(g -> g.startsWith(graphs) && g.endsWith(metaSuffix)));
        if (!empty) {
            out.println("the store already has datasets; not loading " + folder);
            return;
        }
        IngestReport report = new IngestService(store).ingest(InputFolder.collect(List.of(folder), null, null), TerminalProgress.forConsole());
        out.printf("loaded %d datasets from %s%n", report.datasets().size(), folder);
    }
}
