package org.opencohesion.ingest.csv;

/**
 * A strict RFC 4180 check of quoting, run before parsing: Commons CSV accepts a stray quote in
 * an unquoted value, which hides a broken row instead of refusing it.
 */
final class QuoteCheck {
    /** Where quoting first goes wrong, or {@code null}. */
    record Problem(int line, int column, String message) {}

    private QuoteCheck() {}

    static Problem firstProblem(String text) {
        int line = 1;
        int column = 0;
        int quoteLine = 0;
        int quoteColumn = 0;
        State state = State.FIELD_START;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            switch (state) {
                case FIELD_START, UNQUOTED -> {
                    if (c == '"') {
                        if (state == State.UNQUOTED) {
                            return new Problem(line, column, "a quote inside an unquoted value: quote the whole value and double the quotes inside it");
                        }
                        state = State.QUOTED;
                        quoteLine = line;
                        quoteColumn = column;
                    } else if (c == ',' || c == '\n') {
                        state = State.FIELD_START;
                    } else if (c != '\r') {
                        state = State.UNQUOTED;
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = State.AFTER_QUOTE;
                    }
                }
                case AFTER_QUOTE -> {
                    if (c == '"') {
                        state = State.QUOTED;
                    } else if (c == ',' || c == '\n') {
                        state = State.FIELD_START;
                    } else if (c != '\r') {
                        return new Problem(line, column, "text after the closing quote of a value");
                    }
                }
                default -> throw new IllegalStateException();
            }
            if (c == '\n') {
                line++;
                column = 0;
            }
        }
        if (state == State.QUOTED) {
            return new Problem(quoteLine, quoteColumn, "a quoted value is never closed");
        }
        return null;
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }
}
