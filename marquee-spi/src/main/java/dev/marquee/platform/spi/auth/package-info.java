/**
 * The authentication extension point: ways of signing a person in (an organizer's password, an
 * attendee's access code) that yield an {@link dev.marquee.platform.spi.auth.Identity} with roles.
 * Core turns a successful result into a session cookie.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.auth;
