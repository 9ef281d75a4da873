/**
 * A plugin's own HTTP endpoints ({@link dev.marquee.platform.spi.web.PluginRoute}, served by core under
 * {@code /api/v1/plugins/{pluginId}/} with sign-in, CSRF, body limits and errors done for the plugin), and
 * how a plugin refuses a request: throw {@link dev.marquee.platform.spi.web.Problem} (from a settings
 * check, a sign-in, a socket or an HTTP handler) and core answers with the status of its kind and the
 * JSON {@link dev.marquee.platform.spi.web.ErrorBody} every Marquee error has
 * ({@code {"error", "detail", "fields"}}). The detail is shown to people: never put a secret or a foreign
 * server's answer in it. {@link dev.marquee.platform.spi.web.ClientAddressResolver} says which address a
 * request or socket comes from, trusting proxies as core does.
 *
 * <p>Stable since 0.1.0: kinds and factories may be added, none removed or changed.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.web;
