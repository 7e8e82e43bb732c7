package org.opencohesion.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared design folder that sits beside the checkout ({@code ../shared} from the
 * repository root), unless it is named explicitly.
 */
final class SharedFolder {
    static final String PROPERTY = "opencohesion.shared";

    private SharedFolder() {}

    /**
     * @param explicit a path given on the command line, or {@code null}; the system property
     *                 {@value #PROPERTY} is used next, then {@code ../shared} from the repository root
     */
    static Path locate(String explicit) {
        String named = explicit != null ? explicit : System.getProperty(PROPERTY);
        Path folder = named != null ? Path.of(named) : repositoryRoot().resolve("../shared");
        folder = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder.resolve("sources"))) {
            throw new IllegalArgumentException("no shared folder with sources/ at " + folder
                    + "; give its path or -D" + PROPERTY + "=PATH");
        }
        return folder;
    }

    /** The working directory, or its parent when started inside {@code bench/}. */
    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("bench")) || here.getParent() == null ? here : here.getParent();
    }
}
