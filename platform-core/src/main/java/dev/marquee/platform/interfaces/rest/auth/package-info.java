/** Signing in and out over the API, and the one-time setup of the first organizer. */
package dev.marquee.platform.interfaces.rest.auth;
