package org.opencohesion.ingest;

import java.util.List;

/** The input was refused: nothing was written. Carries every error found, up to {@link InputErrors#CAP}. */
public class InvalidInputException extends RuntimeException {
    private final List<InputError> errors;
    private final int total;

    public InvalidInputException(List<InputError> errors, int total) {
        super(summary(errors, total));
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public InvalidInputException(InputError error) {
        this(List.of(error), 1);
    }

    public List<InputError> errors() {
        return errors;
    }

    /** The number of errors found; may exceed {@code errors().size()}. */
    public int total() {
        return total;
    }

    private static String summary(List<InputError> errors, int total) {
        String first = errors.isEmpty() ? "" : ": " + errors.get(0).describe();
        return total + (total == 1 ? " error" : " errors") + " in the input; nothing was changed" + first;
    }
}
