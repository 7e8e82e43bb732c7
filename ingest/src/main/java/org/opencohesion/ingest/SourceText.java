package org.opencohesion.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes decoded as strict UTF-8, a leading byte-order mark dropped. Bad bytes are
 * reported with the line and character column where they sit.
 */
public final class SourceText {
    private SourceText() {}

    /** The text, or {@code null} after recording an {@code empty-file} or {@code encoding} error. */
    public static String decode(InputFile file, InputErrors errors) {
        byte[] bytes = file.content();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (bytes.length - start == 0 || isBlank(bytes, start)) {
            errors.add(ErrorCode.EMPTY_FILE, file.name(), null, null, null, "the file is empty");
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes, start);
            int[] lineColumn = lineColumn(bytes, start, bad);
            errors.add(ErrorCode.ENCODING, file.name(), lineColumn[0], lineColumn[1], null,
                    String.format("byte 0x%02X at offset %d is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xFF, bad));
            return null;
        }
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** 1-based line and character column of a byte offset (characters decoded before it on its line, plus one). */
    private static int[] lineColumn(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new int[] {line, before.codePointCount(0, before.length()) + 1};
    }
}
