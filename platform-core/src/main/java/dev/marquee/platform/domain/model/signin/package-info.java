/**
 * Sign-in sessions: who holds a session cookie. Only hashes of the cookie and of its CSRF token are
 * stored, in the database, so any instance can check a session and a leaked table grants nothing.
 */
package dev.marquee.platform.domain.model.signin;
