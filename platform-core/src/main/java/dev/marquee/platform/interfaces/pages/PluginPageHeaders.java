package dev.marquee.platform.interfaces.pages;

import jakarta.servlet.http.HttpServletResponse;

import java.util.regex.Pattern;

/**
 * The headers of a plugin page and of the error page: a Content-Security-Policy that lets a plugin's page
 * load scripts, styles, images and fonts only from its own {@code /p/{pluginId}/} and Marquee's
 * {@code /assets/}, call only Marquee, post forms only to Marquee and be framed only by Marquee (as core's
 * pages); {@code nosniff}; and {@code no-store} for a page that is someone's own. CSP names a path only
 * with a host, so the policy is written for the host the browser asked for; a host the CSP grammar cannot
 * name (an IPv6 literal) falls back to {@code 'self'}.
 */
final class PluginPageHeaders {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?");

    private PluginPageHeaders() {
    }

    /** The policy of a page of {@code pluginId} (an id already known to be a plugin's). */
    static String pagePolicy(String host, String contextPath, String pluginId) {
        String own = source(host, contextPath + "/p/" + pluginId + "/");
        String assets = source(host, contextPath + "/assets/");
        String both = own + " " + assets;
        return String.join("; ",
                "default-src 'none'",
                "script-src " + both,
                "style-src " + both,
                "img-src " + both + " data:",
                "font-src " + both,
                "connect-src 'self'",
                "form-action 'self'",
                "base-uri 'none'",
                "object-src 'none'",
                "frame-ancestors 'self'");
    }

    /** The policy of the error page: Marquee's stylesheet and nothing else. */
    static String errorPolicy(String host, String contextPath) {
        return String.join("; ",
                "default-src 'none'",
                "style-src " + source(host, contextPath + "/assets/"),
                "form-action 'none'",
                "base-uri 'none'",
                "frame-ancestors 'self'");
    }

    static void apply(HttpServletResponse response, String policy, boolean personal) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Cache-Control", personal ? "no-store" : "no-cache");
    }

    private static String source(String host, String path) {
        return host != null && HOST.matcher(host).matches() ? host + path : "'self'";
    }
}
