package org.opencohesion.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ingest benchmark: OpenCohesion's {@code ingest} command (parse, map, disclosure control,
 * validation, one commit into a new TDB2 store) against Jena's own bulk loader
 * ({@code tdb2.tdbloader}, from the Fuseki server jar) loading the same statements into a new TDB2
 * store, each in a JVM of its own with the same maximum heap, in the same run. See bench/README.md.
 *
 * <pre>{@code
 * bench/run-ingest.sh --fraction 0.1
 * }</pre>
 */
public final class IngestBench {
    static final String USAGE = """
            usage: IngestBench [--fraction F] [--heap 8g] [--input DIR] [--loader-inputs nt,nq] [--jfr true]
                               [--keep true] [--shared DIR] [--fuseki-jar JAR]
            each also as a system property: -Dbench.fraction=0.1 ...""";
    private static final Set<String> NAMES = Set.of("fraction", "heap", "input", "loader-inputs", "jfr", "keep", "shared", "fuseki-jar");

    /** One side's load. */
    private record Row(String name, long statements, JvmRun run, long diskBytes) {
        double rate() {
            return statements / (run.wall().toNanos() / 1e9);
        }
    }

    private IngestBench() {}

    public static void main(String[] args) throws IOException {
        BenchArgs given;
        try {
            given = BenchArgs.parse(args, NAMES, USAGE);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        double fraction = Double.parseDouble(given.get("fraction", "1"));
        String heap = given.get("heap", "8g");
        boolean keep = Boolean.parseBoolean(given.get("keep", "false"));
        Path fusekiJar = Path.of(given.get("fuseki-jar", "bench/target/fuseki/jena-fuseki-server.jar"));
        List<String> loaderInputs = List.of(given.get("loader-inputs", "nt,nq").split(","));
        Path work = Files.createTempDirectory("opencohesion-ingest-bench-");
        PrintStream out = System.out;
        try {
            out.printf("work folder %s, fraction %s, heap %s for each side%n", work, fraction, heap);
            Path input = given.get("input", null) != null ? Path.of(given.get("input", null)) : generate(given, fraction, work, out);

            List<String> ours = new ArrayList<>(List.of("-Xmx" + heap));
            if (Boolean.parseBoolean(given.get("jfr", "false"))) {
                ours.add("-XX:StartFlightRecording=filename=" + work.resolve("opencohesion-ingest.jfr") + ",settings=profile");
            }
            Path oursStore = work.resolve("opencohesion-tdb2");
            out.println("OpenCohesion ingest ...");
            JvmRun ingest = JvmRun.run("opencohesion-ingest", work, ours, List.of("-cp", System.getProperty("java.class.path"),
                    "org.opencohesion.api.Main", "ingest", "--data", oursStore.toString(), input.toString()));
            requireSuccess(ingest);

            Path nt = work.resolve("export.nt");
            Path nq = work.resolve("export.nq");
            long statements = StoreExport.write(oursStore, nt, nq);
            out.printf("exported %,d statements (%,d MB of N-Triples)%n", statements, Files.size(nt) >> 20);

            List<Row> rows = new ArrayList<>();
            rows.add(new Row("OpenCohesion ingest (CSV, all checks, quads in named graphs)", statements, ingest, diskBytes(oursStore)));
            for (String syntax : loaderInputs) {
                Path file = syntax.equals("nq") ? nq : nt;
                Path store = work.resolve("loader-" + syntax + "-tdb2");
                out.printf("tdb2.tdbloader %s ...%n", file.getFileName());
                JvmRun load = JvmRun.run("tdbloader-" + syntax, work, List.of("-Xmx" + heap),
                        List.of("-cp", fusekiJar.toString(), "tdb2.tdbloader", "--loc", store.toString(), file.toString()));
                requireSuccess(load);
                rows.add(new Row(syntax.equals("nq") ? "tdb2.tdbloader, N-Quads (the same quads, named graphs)"
                        : "tdb2.tdbloader, N-Triples (default graph)", statements, load, diskBytes(store)));
                deleteTree(store);
            }
            String table = table(rows);
            out.println();
            out.print(table);
            save(table, fraction, heap);
        } finally {
            if (keep) {
                out.println("kept " + work);
            } else {
                deleteTree(work);
            }
        }
    }

    private static Path generate(BenchArgs given, double fraction, Path work, PrintStream out) {
        Path shared = SharedFolder.locate(given.get("shared", null));
        long started = System.nanoTime();
        Path input = work.resolve("input");
        IngestInput.Summary summary = IngestInput.write(LsoaLookup.read(shared.resolve("sources"), fraction), fraction, input);
        out.printf(Locale.ROOT, "generated %s in %.1f s%n", summary, (System.nanoTime() - started) / 1e9);
        return input;
    }

    private static void requireSuccess(JvmRun run) throws IOException {
        if (run.exitCode() != 0) {
            List<String> lines = Files.readAllLines(run.output());
            throw new IllegalStateException(run.output().getFileName() + " exited with " + run.exitCode() + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
    }

    static String table(List<Row> rows) {
        StringBuilder t = new StringBuilder();
        t.append("| side | statements | wall s | statements/s | vs loader, N-Triples | peak heap used MB | peak live heap MB | heap committed MB | GC pauses | store MB | CPU: this side / other |\n");
        t.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Row loader = rows.stream().filter(r -> r.name().contains("N-Triples")).findFirst().orElse(rows.get(rows.size() - 1));
        for (Row r : rows) {
            t.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.2f | %,d | %,d | %,d | %d | %,d | %.0f%% / %.0f%% |%n",
                    r.name(), r.statements(), r.run().wall().toMillis() / 1000.0, r.rate(), r.rate() / loader.rate(),
                    r.run().heap().peakUsedMb(), r.run().heap().peakLiveMb(), r.run().heap().peakCommittedMb(),
                    r.run().heap().collections(), r.diskBytes() >> 20, 100 * r.run().cpu().client(), 100 * r.run().cpu().other()));
        }
        return t.toString();
    }

    private static void save(String table, double fraction, String heap) throws IOException {
        Path folder = Path.of("bench", "target");
        if (Files.isDirectory(folder)) {
            Path file = folder.resolve("ingest-bench-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
            Files.writeString(file, "fraction " + fraction + ", heap " + heap + "\n" + table, StandardCharsets.UTF_8);
            System.out.println("(saved in " + file + ")");
        }
    }

    private static long diskBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
