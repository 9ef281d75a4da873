/**
 * Plugins' pages under {@code /p/{pluginId}/...} ({@link dev.marquee.platform.spi.MarqueePlugin#pages()}),
 * served by a servlet outside the JAX-RS API: the session is read and CSRF checked by the same rules as the
 * API's, the body is bounded by the body-size filter every request passes, refusals become Marquee's HTML
 * error page, and every answer carries the page headers (a Content-Security-Policy confined to the plugin's
 * own path and Marquee's assets).
 */
package dev.marquee.platform.interfaces.pages;
