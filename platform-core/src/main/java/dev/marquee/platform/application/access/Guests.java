package dev.marquee.platform.application.access;

import dev.marquee.platform.infrastructure.security.PlatformSecret;
import dev.marquee.platform.spi.audience.GuestIds;
import dev.marquee.platform.spi.security.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a guest is comes from the server, never from the name they type: a random 128-bit id in the
 * cookie {@value #COOKIE}, signed ({@code <id>.<HMAC>}) under a key derived from the platform secret,
 * so it cannot be made up or changed to someone else's. A visitor without a valid one gets a new one
 * (the stage page's load, or the stage socket's handshake, sets it). Plugins reach it as {@link GuestIds}.
 */
@ApplicationScoped
public class Guests implements GuestIds {

    /** The cookie holding the signed guest id. */
    public static final String COOKIE = GuestIds.COOKIE;
    /** How long the cookie is kept: a year, so a guest stays the same person on later visits. */
    public static final int MAX_AGE_SECONDS = 365 * 24 * 3600;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final int MAC_CHARS = 22;

    @Inject
    PlatformSecret secret;

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private volatile byte[] key;

    public Guests() {
    }

    /** For tests: guests signed under {@code secret}. */
    public Guests(PlatformSecret secret) {
        this.secret = secret;
    }

    /** A new guest's cookie value. */
    @Override
    public String newCookieValue() {
        String id = Tokens.newToken().substring(0, 22);
        return id + "." + mac(id);
    }

    /** The guest id a cookie value carries, if it is one this deployment signed. */
    @Override
    public Optional<String> idOf(String cookieValue) {
        if (cookieValue == null || cookieValue.length() != 22 + 1 + MAC_CHARS) {
            return Optional.empty();
        }
        String id = cookieValue.substring(0, 22);
        if (!ID.matcher(id).matches() || cookieValue.charAt(22) != '.') {
            return Optional.empty();
        }
        return Tokens.same(mac(id), cookieValue.substring(23)) ? Optional.of(id) : Optional.empty();
    }

    /** A {@code Set-Cookie} header value giving {@code cookieValue} to the browser (HttpOnly, SameSite=Lax). */
    @Override
    public String setCookieHeader(String cookieValue) {
        return COOKIE + "=" + cookieValue + "; Path=/; Max-Age=" + MAX_AGE_SECONDS + "; HttpOnly; SameSite=Lax"
                + (publicUrl != null && publicUrl.startsWith("https:") ? "; Secure" : "");
    }

    /** The subject of a guest id, as sessions and chat know people: {@code guest:<id>}. */
    public static String subjectOf(String guestId) {
        return "guest:" + guestId;
    }

    private String mac(String id) {
        byte[] k = key;
        if (k == null) {
            k = secret.derive("guest-id");
            key = k;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(PlatformSecret.hmac(k, id)).substring(0, MAC_CHARS);
    }
}
