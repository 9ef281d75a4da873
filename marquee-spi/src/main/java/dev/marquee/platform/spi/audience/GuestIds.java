package dev.marquee.platform.spi.audience;

import java.util.Optional;

/**
 * Who a guest of a PUBLIC event is: a random id the server gave them, kept in the signed cookie
 * {@value #COOKIE} (never the name they type, which is only a label: two guests named Alice are two
 * people; their subject is {@code guest:<id>}). A plugin that admits guests outside a request core
 * handles (a socket's handshake) reads the cookie with {@link #idOf} and gives a visitor without a valid
 * one a new one. Core implements it; plugins inject it: {@code @Inject GuestIds guests;}.
 *
 * <p><b>Threading.</b> Thread-safe and never blocks (a keyed hash): any thread, handshakes included.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0; the cookie's name and format stay.
 *
 * @since 0.1.0
 */
public interface GuestIds {

    /** The cookie holding the signed guest id. */
    String COOKIE = "MARQUEE_GUEST";

    /** The guest id a cookie value carries, if it is one this deployment signed; empty for null. */
    Optional<String> idOf(String cookieValue);

    /** A new guest's cookie value ({@link #idOf} reads its id). */
    String newCookieValue();

    /** A {@code Set-Cookie} header value giving {@code cookieValue} to the browser (HttpOnly, SameSite=Lax). */
    String setCookieHeader(String cookieValue);
}
