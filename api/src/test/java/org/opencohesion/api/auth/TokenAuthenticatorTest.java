package org.opencohesion.api.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenAuthenticatorTest {
    @TempDir
    Path temp;

    @Test
    void aTokenIsValidOnlyAgainstItsHash() throws IOException {
        String[] a = TokenAuthenticator.newToken("alice");
        String[] b = TokenAuthenticator.newToken(null);
        Path file = Files.writeString(temp.resolve("tokens"), "# comment\n\n" + a[1] + "\n" + b[1] + "\n");
        TokenAuthenticator tokens = TokenAuthenticator.fromFile(file);
        assertTrue(tokens.valid(a[0]));
        assertTrue(tokens.valid(b[0]));
        assertFalse(tokens.valid(a[0] + "x"));
        assertFalse(tokens.valid(a[1]), "the hash line is not a token");
        assertFalse(Files.readString(file).contains(a[0]), "the file never holds a token");
        assertFalse(TokenAuthenticator.fromFile(null).valid(a[0]), "no token file: no writes");
    }

    @Test
    void aPlainTokenInTheFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("tokens"), "my-secret-token\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenAuthenticator.fromFile(file));
        assertFalse(e.getMessage().contains("my-secret-token"));
        assertTrue(e.getMessage().contains("line 1"));
    }
}
