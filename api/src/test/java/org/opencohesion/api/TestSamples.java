package org.opencohesion.api;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's sample folder and contract are, whether the build runs from the root or the module. */
public final class TestSamples {
    private TestSamples() {}

    public static Path samples() {
        String configured = System.getProperty("opencohesion.samples");
        Path p = configured != null && Files.isDirectory(Path.of(configured)) ? Path.of(configured) : Path.of("../samples");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("samples folder not found at " + p.toAbsolutePath());
        }
        return p;
    }

    public static Path openApi() {
        return samples().resolveSibling("openapi.yaml");
    }
}
