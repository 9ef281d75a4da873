/**
 * Signing in and out: any {@link dev.marquee.platform.spi.auth.AuthenticationMechanism} vouches for
 * an identity; this package turns it into a session, checks sessions on every request and ends them.
 */
package dev.marquee.platform.application.signin;
