package dev.marquee.platform.interfaces.rest.security;

import dev.marquee.platform.spi.security.Tokens;

import java.util.Set;

/**
 * The one CSRF rule of every cookie-authenticated write, API or plugin page: the token sent with the
 * request ({@code X-CSRF-Token}, or a page form's {@code csrf} field) equals the {@code XSRF-TOKEN} cookie
 * and hashes to what the session holds. Stateless.
 */
public final class CsrfCheck {

    /** Methods that change nothing and need no token. */
    public static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private CsrfCheck() {
    }

    public static boolean passes(String sent, String cookie, String csrfHash) {
        return sent != null && cookie != null && Tokens.same(sent, cookie) && Tokens.same(Tokens.hash(sent), csrfHash);
    }
}
