package dev.marquee.platform.spi.auth;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.PluginKind;

/**
 * Checks credentials and says who they belong to. Core calls it from the sign-in endpoint that
 * serves the mechanism, then creates the session, sets the cookies and applies its own limits.
 *
 * <p><b>Threading.</b> Called concurrently on request threads. A mechanism must compare secrets
 * through their hashes, in time independent of where they differ, and must not log them.
 */
public interface AuthenticationMechanism extends MarqueePlugin {

    @Override
    default PluginKind kind() {
        return PluginKind.AUTHENTICATION;
    }

    /** Checks the credentials; never throws for wrong credentials, answers a failure instead. */
    AuthenticationResult authenticate(CredentialRequest request);
}
