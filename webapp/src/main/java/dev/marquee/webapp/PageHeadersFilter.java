package dev.marquee.webapp;

import dev.marquee.platform.application.access.Guests;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers for the pages and their assets. Pages are always revalidated and may run only Marquee's own
 * scripts (a Content-Security-Policy, so a name or message that slipped past escaping still cannot run);
 * players of media plugins may be framed from https origins. Built assets carry a content hash in their
 * name and are cached for a year. An event's pages give a visitor without one a guest id
 * ({@link Guests}): who a guest is comes from the server, never from the name they type.
 */
@WebFilter(filterName = "page-headers", urlPatterns = {"/", "*.html", "/e/*", "/admin", "/admin/*", "/login", "/me", "/assets/*"})
public class PageHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Guests guests;

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
            "frame-ancestors 'self'");

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
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            if (path.startsWith("/e/") && guests.idOf(cookie(request, Guests.COOKIE)).isEmpty()) {
                response.addHeader("Set-Cookie", guests.setCookieHeader(guests.newCookieValue()));
            }
        }
        chain.doFilter(request, response);
    }
}
