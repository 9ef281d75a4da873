package dev.marquee.platform.spi.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An HTTP endpoint a plugin adds under {@code /api/v1/plugins/{pluginId}/} (listed in
 * {@link dev.marquee.platform.spi.MarqueePlugin#routes()}), or a page under {@code /p/{pluginId}/} (listed in
 * {@link dev.marquee.platform.spi.MarqueePlugin#pages()}): a method, a path template relative to that prefix ({@code "stages/{stageId}"}: literal segments and {@code {name}} segments, each
 * matching one non-empty segment), who may call it and the handler. This works the same for a plugin in
 * the WAR and one dropped into the plugins directory.
 *
 * <p>Core does the rest before the handler runs: it reads the session, checks {@link RouteAccess}, demands
 * the {@code X-CSRF-Token} header on a cookie-authenticated write, bounds the body
 * ({@code marquee.http.max-body}) and turns a thrown {@link Problem} into the JSON error body. Answers
 * carry {@code X-Content-Type-Options: nosniff} and a Content-Security-Policy that runs nothing, since
 * they come from Marquee's own origin.
 *
 * <p>A page is different in three ways: a signed-out visitor of a {@link RouteAccess#SIGNED_IN} or
 * {@link RouteAccess#ORGANIZER} page is redirected to sign in (attendees to {@code /login}, organizers to
 * the console's {@code /admin}) and back to the page afterwards; a write's CSRF token may come as
 * the form field {@code csrf} (see {@link PluginRequest#csrfToken()}) as well as in the header; and the
 * answer may run the plugin's own scripts from {@code /p/{pluginId}/}, nothing else.
 *
 * @since 0.1.0
 */
public final class PluginRoute {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE");

    private final String method;
    private final List<String> segments;
    private final RouteAccess access;
    private final PluginHandler handler;

    private PluginRoute(String method, String path, RouteAccess access, PluginHandler handler) {
        this.method = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(this.method)) {
            throw new IllegalArgumentException("A plugin route's method is one of " + METHODS + ": " + method);
        }
        this.segments = segments(Objects.requireNonNull(path, "path"));
        this.access = Objects.requireNonNull(access, "access");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public static PluginRoute get(String path, RouteAccess access, PluginHandler handler) {
        return new PluginRoute("GET", path, access, handler);
    }

    public static PluginRoute post(String path, RouteAccess access, PluginHandler handler) {
        return new PluginRoute("POST", path, access, handler);
    }

    public static PluginRoute put(String path, RouteAccess access, PluginHandler handler) {
        return new PluginRoute("PUT", path, access, handler);
    }

    public static PluginRoute delete(String path, RouteAccess access, PluginHandler handler) {
        return new PluginRoute("DELETE", path, access, handler);
    }

    private static List<String> segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A plugin route needs a path below the plugin's prefix");
        }
        List<String> parts = List.of(trimmed.split("/", -1));
        for (String part : parts) {
            boolean variable = part.startsWith("{") && part.endsWith("}") && part.length() > 2;
            if (part.isEmpty() || (!variable && (part.contains("{") || part.contains("}")))) {
                throw new IllegalArgumentException("Bad plugin route path: " + path);
            }
        }
        return parts;
    }

    public String method() {
        return method;
    }

    /** The path template's segments ({@code ["stages", "{stageId}"]}). */
    public List<String> segments() {
        return segments;
    }

    /** The template as written, without a leading slash. */
    public String path() {
        return String.join("/", segments);
    }

    public RouteAccess access() {
        return access;
    }

    public PluginHandler handler() {
        return handler;
    }
}
