package org.opencohesion.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark's {@code --name value} (or {@code --name=value}) options; a name not given falls
 * back to the system property {@code bench.name}, then to the default.
 */
final class BenchArgs {
    private final Map<String, String> given;

    private BenchArgs(Map<String, String> given) {
        this.given = given;
    }

    /** @throws IllegalArgumentException naming the option and showing {@code usage} */
    static BenchArgs parse(String[] args, Set<String> names, String usage) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'\n" + usage);
            }
            String name = args[i].substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value\n" + usage);
            }
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "\n" + usage);
            }
            given.put(name, value);
        }
        return new BenchArgs(given);
    }

    String get(String name, String fallback) {
        return given.getOrDefault(name, System.getProperty("bench." + name, fallback));
    }
}
