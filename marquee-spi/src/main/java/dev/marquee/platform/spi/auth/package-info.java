/**
 * The authentication extension point: ways of signing a person in (an organizer's password, an
 * attendee's access code) that yield an {@link dev.marquee.platform.spi.auth.Identity} with roles.
 * Core turns a successful result into a session cookie.
 *
 * <p>Who a plugin serves once they are signed in: {@link dev.marquee.platform.spi.auth.CallerView} (subject,
 * name, roles, team grants, session; never an email), the current request's from
 * {@link dev.marquee.platform.spi.auth.RequestCaller}, and {@link dev.marquee.platform.spi.auth.SessionGuard}
 * to end what a session opened when it ends.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.auth;
