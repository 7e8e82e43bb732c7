package org.opencohesion.api.auth;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.opencohesion.api.problem.ClientError;
import org.opencohesion.api.problem.Problem;

/**
 * Checks {@code Authorization: Bearer <token>} against the SHA-256 hashes in the token file, so
 * the service never holds a token itself. Every hash is compared, in constant time, whatever
 * matches, so timing tells an attacker nothing about how close a guess was.
 *
 * <p>Token file: one {@code sha256:<64 hex digits>} per line, optionally followed by a label;
 * blank lines and {@code #} comments are ignored. {@code opencohesion token} makes a token and its line.
 */
public final class TokenAuthenticator {
    private static final String PREFIX = "sha256:";
    private final List<byte[]> hashes;

    private TokenAuthenticator(List<byte[]> hashes) {
        this.hashes = hashes;
    }

    /** Reads the token file; {@code null} means no tokens, so every write is refused. */
    public static TokenAuthenticator fromFile(Path file) {
        if (file == null) {
            return new TokenAuthenticator(List.of());
        }
        List<byte[]> hashes = new ArrayList<>();
        try {
            int lineNo = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String hash = l.split("\\s+", 2)[0];
                if (!hash.startsWith(PREFIX) || hash.length() != PREFIX.length() + 64) {
                    throw new IllegalArgumentException(file + " line " + lineNo + ": expected 'sha256:<64 hex digits>' (the token itself must never be stored)");
                }
                hashes.add(HexFormat.of().parseHex(hash.substring(PREFIX.length())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read token file " + file + ": " + e.getMessage(), e);
        }
        return new TokenAuthenticator(List.copyOf(hashes));
    }

    /** @throws ClientError 401 unless the request carries a valid token */
    public void require(Context ctx) {
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        if (token == null || token.isEmpty() || !valid(token)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"opencohesion\"");
            throw new ClientError(Problem.of(401, "unauthorized", "Unauthorized",
                    token == null ? "writes need 'Authorization: Bearer <token>'" : "the token is not valid"));
        }
    }

    boolean valid(String token) {
        byte[] presented = sha256(token);
        boolean ok = false;
        for (byte[] h : hashes) {
            ok |= MessageDigest.isEqual(h, presented);
        }
        return ok;
    }

    /** A new random token (256 bits) and the line to put in a token file for it. */
    public static String[] newToken(String label) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new String[] {token, PREFIX + HexFormat.of().formatHex(sha256(token)) + (label == null ? "" : "  " + label)};
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
