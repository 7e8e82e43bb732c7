package org.opencohesion.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM's heap use read from its unified GC log ({@code -Xlog:gc:file=...}): every pause line
 * ends {@code BEFORE->AFTER(COMMITTED)}, e.g. {@code Pause Young (Normal) (G1 Evacuation Pause)
 * 1189M->819M(7492M) 12.3ms}. Read the same way for both sides of a comparison, so it needs no
 * agent inside either JVM.
 *
 * @param peakUsedMb      the most heap in use just before a collection: live data plus garbage
 *                        not yet collected, so it also follows how much the collector let the heap grow
 * @param peakLiveMb      the most heap still in use just after a collection: what the program
 *                        really held at its largest (the figure that shows whether memory is bounded)
 * @param peakCommittedMb the most heap the JVM had reserved from the system
 * @param collections     pauses in the log
 */
record GcLog(long peakUsedMb, long peakLiveMb, long peakCommittedMb, int collections) {
    private static final Pattern SIZES = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    static GcLog read(Path log) {
        long used = 0;
        long live = 0;
        long committed = 0;
        int collections = 0;
        try {
            for (String line : Files.readAllLines(log)) {
                Matcher m = SIZES.matcher(line);
                if (!line.contains("Pause") || !m.find()) {
                    continue;
                }
                collections++;
                used = Math.max(used, megabytes(m.group(1), m.group(2)));
                live = Math.max(live, megabytes(m.group(3), m.group(4)));
                committed = Math.max(committed, megabytes(m.group(5), m.group(6)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GC log " + log + ": " + e.getMessage(), e);
        }
        return new GcLog(used, live, committed, collections);
    }

    private static long megabytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n / 1024;
            case "G" -> n * 1024;
            default -> n;
        };
    }
}
