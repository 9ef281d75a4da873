package dev.marquee.platform.spi.auth;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.PluginKind;

import java.util.List;

/**
 * Checks credentials and says who they belong to.
 *
 * <p><b>Sign-in endpoint.</b> Core serves every mechanism at {@code POST /api/v1/auth/{id}} with a JSON
 * object of string credentials; a mechanism needs no HTTP resource of its own. Core checks the body
 * against {@link #credentialFields()}, applies its sign-in limits (per mechanism, client address and
 * network; a failure answered by {@link #authenticate} counts against them), and on success opens the
 * session and sets the session and {@code XSRF-TOKEN} cookies. The endpoint is exempt from the CSRF
 * header (there is no session yet). Refusals are JSON errors: 400 for a malformed body, 401 with the
 * {@link AuthenticationResult.Failure}'s reason and message, 429 with {@code Retry-After}. A person
 * keeps at most {@code marquee.<id>.max-devices} sessions (MicroProfile Config, e.g. a default in the
 * plugin's {@code META-INF/microprofile-config.properties}); the oldest beyond that end. Without the
 * key there is no such limit.
 *
 * <p><b>Threading.</b> Called concurrently on request threads, as a rule outside any transaction: what a mechanism
 * reads from the database it reads in a short transaction of its own, and it hashes (a password's slow
 * hash above all) holding no database connection. A mechanism must compare secrets through their
 * hashes, in time independent of where they differ, and must not log them.
 *
 * @since 0.1.0
 */
public interface AuthenticationMechanism extends MarqueePlugin {

    @Override
    default PluginKind kind() {
        return PluginKind.AUTHENTICATION;
    }

    /**
     * The credentials a sign-in request carries. Other members of the body are ignored. By default
     * (an empty list) any members with string values of at most {@value #DEFAULT_MAX_LENGTH} characters
     * are passed on, at most {@value #DEFAULT_MAX_FIELDS} of them.
     *
     * @since 0.1.0
     */
    default List<CredentialField> credentialFields() {
        return List.of();
    }

    /** Checks the credentials; never throws for wrong credentials, answers a failure instead. */
    AuthenticationResult authenticate(CredentialRequest request);

    /** The longest credential value accepted when a mechanism declares no {@link #credentialFields()}. */
    int DEFAULT_MAX_LENGTH = 1000;

    /** The most credentials accepted when a mechanism declares no {@link #credentialFields()}. */
    int DEFAULT_MAX_FIELDS = 16;
}
