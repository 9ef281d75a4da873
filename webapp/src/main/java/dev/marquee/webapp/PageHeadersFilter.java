package dev.marquee.webapp;

import dev.marquee.platform.application.access.Guests;
import dev.marquee.platform.application.event.EventService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Headers for the pages and their assets. Pages are always revalidated and may run only Marquee's own
 * scripts (a Content-Security-Policy, so a name or message that slipped past escaping still cannot run);
 * players of media plugins may be framed from https origins. Pages may be framed by Marquee itself only,
 * except the embedded player ({@code /embed/{event}/{stage}}), which the event's {@code embedOrigins} may
 * frame too. Built assets carry a content hash in their name and are cached for a year. An event's pages
 * give a visitor without one a guest id ({@link Guests}): who a guest is comes from the server, never from
 * the name they type.
 */
@WebFilter(filterName = "page-headers",
        urlPatterns = {"/", "*.html", "/e/*", "/embed/*", "/admin", "/admin/*", "/login", "/me", "/assets/*"})
public class PageHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Guests guests;

    @Inject
    transient EventService events;

    static final String FRAME_ANCESTORS = "frame-ancestors 'self'";

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' https: data: blob:",
            "media-src 'self' https: blob:",
            "connect-src 'self' https: wss: ws:",
            "frame-src https:",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            FRAME_ANCESTORS);

    /** The policy of an embedded player page: Marquee and the event's embedding origins may frame it. */
    static String embedPolicy(List<String> origins) {
        StringBuilder ancestors = new StringBuilder(FRAME_ANCESTORS);
        origins.forEach(origin -> ancestors.append(' ').append(origin));
        return POLICY.replace(FRAME_ANCESTORS, ancestors);
    }

    /** The event slug of an embed page's path ({@code /embed/{event}/{stage}}), or null (also for a malformed one). */
    static String embeddedEvent(String path) {
        String[] parts = path.split("/");
        if (parts.length < 3 || !"embed".equals(parts[1]) || parts[2].isEmpty()) {
            return null;
        }
        try {
            return URLDecoder.decode(parts[2], StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (name.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (path.startsWith("/assets/")) {
            if (path.matches("/assets/.+-[A-Za-z0-9_-]{8}\\.(js|css)")) {
                response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            }
        } else {
            response.setHeader("Cache-Control", "no-cache");
            String embedded = embeddedEvent(path);
            response.setHeader("Content-Security-Policy",
                    embedded == null ? POLICY : embedPolicy(events.embedOriginsOf(embedded)));
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            if ((path.startsWith("/e/") || embedded != null) && guests.idOf(cookie(request, Guests.COOKIE)).isEmpty()) {
                response.addHeader("Set-Cookie", guests.setCookieHeader(guests.newCookieValue()));
            }
        }
        chain.doFilter(request, response);
    }
}
