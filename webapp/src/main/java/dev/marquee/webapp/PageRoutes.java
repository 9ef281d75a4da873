package dev.marquee.webapp;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The pages' addresses (CONTRACT.md): {@code /e/{event}} and {@code /e/{event}/{stage}} serve the event
 * and stage pages, {@code /e/{event}/{stage}/chat} the stage's chat alone (pop-out, OBS),
 * {@code /embed/{event}/{stage}} the player alone (for framing on the organizer's site), {@code /admin}
 * the console, {@code /login} the access-code sign-in and {@code /me} an attendee's events. The pages
 * read the slugs from the address themselves. The sign-in page is never stored and sends no Referer (its
 * emailed link carries the code, in the fragment).
 */
@WebServlet(name = "pages", urlPatterns = {"/e/*", "/embed/*", "/admin", "/admin/*", "/login", "/me"})
public class PageRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String page = page(request.getServletPath(), request.getPathInfo());
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("/login.html".equals(page)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        request.getRequestDispatcher(page).forward(request, response);
    }

    /** The page file for a route, or null when the address names no page. */
    static String page(String servletPath, String pathInfo) {
        if ("/admin".equals(servletPath)) {
            return "/admin.html";
        }
        if ("/login".equals(servletPath)) {
            return "/login.html";
        }
        if ("/me".equals(servletPath)) {
            return "/me.html";
        }
        String[] segments = pathInfo == null ? new String[0] : pathInfo.replaceAll("^/+|/+$", "").split("/+");
        if ("/embed".equals(servletPath)) {
            return segments.length == 2 ? "/embed.html" : null;
        }
        if (segments.length == 3 && "chat".equals(segments[2])) {
            return "/chat.html";
        }
        if (segments.length == 1 && !segments[0].isEmpty()) {
            return "/event.html";
        }
        if (segments.length == 2) {
            return "/stage.html";
        }
        return null;
    }
}
