package org.opencohesion.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line arguments (files and folders laid out like {@code samples/}) into input
 * files in dependency order: areas, partnerships, indicators, plans, assets, observations, RDF.
 */
public final class InputFolder {
    private InputFolder() {}

    /**
     * @param paths     files or folders
     * @param kind      the kind of every file, or {@code null} to tell each file's kind from its path
     * @param datasetId the dataset id, only allowed with a single file
     */
    public static List<InputFile> collect(List<Path> paths, InputKind kind, String datasetId) {
        List<Path[]> found = new ArrayList<>(); // {file, root it was found under}
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(p -> found.add(new Path[] {p, path}));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + path + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                // A single file is named by its file name, keeping the folder only where it tells the kind.
                Path parent = path.toAbsolutePath().getParent();
                String folder = parent.getFileName() == null ? "" : parent.getFileName().toString();
                boolean kindFolder = folder.equalsIgnoreCase("plans") || folder.equalsIgnoreCase("observations");
                found.add(new Path[] {path, kindFolder && parent.getParent() != null ? parent.getParent() : parent});
            } else {
                throw new UncheckedIOException(new java.io.FileNotFoundException("no such file or folder: " + path));
            }
        }
        if (datasetId != null && found.size() != 1) {
            throw new IllegalArgumentException("--dataset names one dataset, so give exactly one file");
        }
        InputErrors errors = new InputErrors();
        List<InputFile> files = new ArrayList<>();
        for (Path[] f : found) {
            Path file = f[0];
            String name = displayName(file, f[1]);
            InputKind k = kind != null ? kind : InputKind.fromPath(file).orElse(null);
            if (k == null) {
                if (Files.isDirectory(paths.get(0)) && isIgnorable(file)) {
                    continue;
                }
                errors.add(ErrorCode.UNKNOWN_KIND, name, null, null, null,
                        "cannot tell what kind of file this is from its name; name it as in the samples layout "
                                + "(areas.csv, partnerships.csv, indicators.csv, assets.csv, plans/*.json, observations/*.csv, *.ttl) "
                                + "or give --kind");
                continue;
            }
            files.add(InputFile.read(file, name, k, datasetId));
        }
        errors.throwIfAny();
        files.sort(Comparator.comparing(InputFile::kind));
        return files;
    }

    private static boolean isIgnorable(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        return n.endsWith(".md") || n.endsWith(".txt");
    }

    private static String displayName(Path file, Path root) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) && !abs.equals(r) ? r.relativize(abs).toString() : file.getFileName().toString();
    }
}
