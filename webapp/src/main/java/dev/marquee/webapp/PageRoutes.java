package dev.marquee.webapp;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The pages' addresses (CONTRACT.md): {@code /e/{event}} and {@code /e/{event}/{stage}} serve the event
 * and stage pages, {@code /admin} the console. The pages read the slugs from the address themselves.
 */
@WebServlet(name = "pages", urlPatterns = {"/e/*", "/admin", "/admin/*"})
public class PageRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String page = page(request.getServletPath(), request.getPathInfo());
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(page).forward(request, response);
    }

    /** The page file for a route, or null when the address names no page. */
    static String page(String servletPath, String pathInfo) {
        if ("/admin".equals(servletPath)) {
            return "/admin.html";
        }
        String[] segments = pathInfo == null ? new String[0] : pathInfo.replaceAll("^/+|/+$", "").split("/+");
        if (segments.length == 1 && !segments[0].isEmpty()) {
            return "/event.html";
        }
        if (segments.length == 2) {
            return "/stage.html";
        }
        return null;
    }
}
