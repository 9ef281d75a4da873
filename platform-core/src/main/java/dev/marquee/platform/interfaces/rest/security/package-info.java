/** Who is calling: the session cookie read on every request, and the CSRF check on cookie-authenticated writes. */
package dev.marquee.platform.interfaces.rest.security;
