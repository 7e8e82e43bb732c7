package org.opencohesion.api.problem;

import java.nio.charset.StandardCharsets;

/** A problem as a small HTML page, for requests that asked for HTML (a browser following a link). */
final class ProblemPage {
    private ProblemPage() {}

    static byte[] render(Problem problem) {
        String title = problem.status() + " " + problem.title();
        return ("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · OpenCohesion</title>
                </head>
                <body>
                <main>
                <h1>%1$s</h1>
                <p>%2$s</p>
                </main>
                </body>
                </html>
                """.formatted(esc(title), esc(problem.detail() == null ? "" : problem.detail()))).getBytes(StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
