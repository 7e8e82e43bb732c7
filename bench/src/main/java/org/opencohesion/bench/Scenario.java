package org.opencohesion.bench;

import java.util.List;

/**
 * One thing to load: a server and the paths to ask it for, in turn.
 *
 * @param name    a short label for the table
 * @param meaning what the scenario stands for, for the report
 * @param origin  {@code http://127.0.0.1:port}
 * @param paths   one path (the same request every time) or many (rotated through)
 * @param headers request headers, {@code Name: value}, sent with every request
 */
record Scenario(String name, String meaning, String origin, List<String> paths, List<String> headers) {
    Scenario {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one path");
        }
        paths = List.copyOf(paths);
        headers = List.copyOf(headers);
    }

    Scenario(String name, String meaning, String origin, List<String> paths) {
        this(name, meaning, origin, paths, List.of());
    }

    boolean rotates() {
        return paths.size() > 1;
    }

    String firstUrl() {
        return origin + paths.get(0);
    }

    /** A name fit for a file. */
    String slug() {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
