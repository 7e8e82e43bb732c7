package org.opencohesion.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of input file (INPUT-FORMATS.md), in the order a folder is ingested: each kind may
 * refer only to kinds before it.
 */
public enum InputKind {
    AREAS("areas"),
    PARTNERSHIPS("partnerships"),
    INDICATORS("indicators"),
    PLANS("plans"),
    ASSETS("assets"),
    OBSERVATIONS("observations"),
    RDF("rdf");

    private final String slug;

    InputKind(String slug) {
        this.slug = slug;
    }

    /** The name used on the command line, in {@code X-Dataset-Kind} and in the dataset-kind scheme. */
    public String slug() {
        return slug;
    }

    public static Optional<InputKind> fromSlug(String s) {
        for (InputKind k : values()) {
            if (k.slug.equalsIgnoreCase(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind a file's path implies, as in the samples layout: {@code areas.csv},
     * {@code plans/*.json}, {@code observations/*.csv}, or an RDF file by extension.
     */
    public static Optional<InputKind> fromPath(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        Path parentPath = path.getParent();
        String parent = parentPath == null || parentPath.getFileName() == null
                ? "" : parentPath.getFileName().toString().toLowerCase(Locale.ROOT);
        if (RdfSyntax.forFileName(name).isPresent()) {
            return Optional.of(RDF);
        }
        if (name.endsWith(".json")) {
            return Optional.of(PLANS);
        }
        if (!name.endsWith(".csv")) {
            return Optional.empty();
        }
        if (parent.equals("observations")) {
            return Optional.of(OBSERVATIONS);
        }
        return switch (name) {
            case "areas.csv" -> Optional.of(AREAS);
            case "partnerships.csv" -> Optional.of(PARTNERSHIPS);
            case "indicators.csv" -> Optional.of(INDICATORS);
            case "assets.csv" -> Optional.of(ASSETS);
            default -> Optional.empty();
        };
    }
}
