/**
 * Guards in front of every request, at the servlet level (before JAX-RS, the plugins' servlets and the
 * socket handshakes): request bodies above a configured size are refused with 413 before they are
 * buffered.
 */
package dev.marquee.platform.interfaces.http;
