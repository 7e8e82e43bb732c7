package org.opencohesion.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects errors instead of stopping at the first, up to a cap so a wholly wrong file
 * (say, the wrong delimiter on a million rows) still gives a readable answer.
 */
public final class InputErrors {
    /** Errors kept per ingest; more are counted but not listed. */
    public static final int CAP = 100;

    private final List<InputError> errors = new ArrayList<>();
    private int total;

    public void add(InputError error) {
        total++;
        if (errors.size() < CAP) {
            errors.add(error);
        }
    }

    public void add(String code, String file, Integer line, Integer column, String field, String message) {
        add(new InputError(code, file, line, column, field, message));
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** How many errors there were, including those past the cap. */
    public int total() {
        return total;
    }

    public List<InputError> list() {
        return List.copyOf(errors);
    }

    /** Throws {@link InvalidInputException} if any error was collected. */
    public void throwIfAny() {
        if (total > 0) {
            throw new InvalidInputException(list(), total);
        }
    }
}
