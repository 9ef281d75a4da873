package dev.marquee.platform.spi.auth;

/**
 * The attendees' access codes, which core issues, mails and stores (as hashes only): what a typed code
 * is, for a mechanism that signs attendees in with it. Core implements it; plugins inject it:
 * {@code @Inject AccessCodes codes;}.
 *
 * <p>Limits on guessing are not here: core applies its sign-in limits (per address, per network) to
 * every mechanism before the mechanism is asked, so {@link #check} answers every call.
 *
 * <p><b>Threading.</b> Thread-safe; {@link #check} reads the database in a transaction (joining the
 * caller's, if any), so call it from a request or background thread.
 *
 * @since 0.1.0
 */
public interface AccessCodes {

    /**
     * What {@code typed} is: any case, with or without dashes; a malformed code (or null) is
     * {@link AccessCodeCheck.Unknown}. Compares hashes only; the code itself is neither kept nor logged.
     */
    AccessCodeCheck check(String typed);
}
