package dev.marquee.platform.interfaces.pages;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.application.signin.SignInService.ResolvedSession;
import dev.marquee.platform.interfaces.http.BodyTooLargeException;
import dev.marquee.platform.interfaces.rest.plugin.PluginRouteResource;
import dev.marquee.platform.interfaces.rest.plugin.PluginRoutes;
import dev.marquee.platform.interfaces.rest.plugin.RouteCallers;
import dev.marquee.platform.interfaces.rest.security.CsrfCheck;
import dev.marquee.platform.interfaces.rest.security.SessionCookies;
import dev.marquee.platform.spi.web.PluginRequest;
import dev.marquee.platform.spi.web.PluginResponse;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.web.RouteAccess;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /p/{pluginId}/...}: the pages plugins declare ({@link dev.marquee.platform.spi.MarqueePlugin#pages()}).
 * Per request: match the page, read the session cookie, check the CSRF token of a signed-in write (header
 * {@code X-CSRF-Token} or form field {@code csrf}), let the page's {@link RouteAccess} in or send a signed-out
 * visitor to sign in, read the body (bounded by the body-size filter), call the handler and write its answer
 * with {@link PluginPageHeaders}. Cookies never reach the plugin. Refusals answer {@link ErrorPage}.
 */
@WebServlet(name = "plugin-pages", urlPatterns = "/p/*")
public class PluginPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PluginPageServlet.class.getName());
    static final String CSRF_FIELD = "csrf";

    @Inject
    transient PluginRoutes routes;

    @Inject
    transient SignInService signIns;

    @Inject
    transient RouteCallers callers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve("GET", request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve("POST", request, response);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve("PUT", request, response);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve("DELETE", request, response);
    }

    private void serve(String method, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String context = request.getContextPath();
        String host = request.getHeader("Host");
        try {
            PagePath path = PagePath.parse(request.getRequestURI().substring(context.length()));
            PluginRoutes.Outcome outcome = path == null ? new PluginRoutes.NoRoute()
                    : routes.matchPage(path.pluginId(), method, path.segments());
            if (outcome instanceof PluginRoutes.OtherMethods other) {
                response.setHeader("Allow", String.join(", ", other.allowed()));
                error(request, response, new ErrorPage(405, "method_not_allowed", "This page does not take " + method));
                return;
            }
            if (!(outcome instanceof PluginRoutes.Matched matched)) {
                throw Problem.notFound("This page");
            }
            Optional<ResolvedSession> session = session(request);
            Caller who = session.map(ResolvedSession::caller).orElse(Caller.ANONYMOUS);
            RouteAccess access = matched.route().access();
            if (!who.signedIn() && access != RouteAccess.ANYONE && CsrfCheck.SAFE_METHODS.contains(method)) {
                response.setHeader("Cache-Control", "no-store");
                response.sendRedirect(signInAddress(context, access, request.getRequestURI(), request.getQueryString()));
                return;
            }
            byte[] body = request.getInputStream().readAllBytes();
            String xsrf = cookie(request, SessionCookies.XSRF);
            PluginRequest.Builder built = PluginRequest.builder(method, String.join("/", path.segments()))
                    .pathParameters(matched.parameters())
                    .query(QueryString.parse(request.getQueryString()))
                    .headers(visibleHeaders(request))
                    .body(request.getContentType(), body)
                    .caller(callers.of(who));
            if (session.isPresent() && CsrfCheck.passes(xsrf, xsrf, session.get().csrfHash())) {
                built.csrfToken(xsrf);
            }
            PluginRequest pluginRequest = built.build();
            if (session.isPresent() && !CsrfCheck.SAFE_METHODS.contains(method)) {
                String sent = Optional.ofNullable(request.getHeader(SessionCookies.CSRF_HEADER))
                        .or(() -> pluginRequest.formValue(CSRF_FIELD)).orElse(null);
                if (!CsrfCheck.passes(sent, xsrf, session.get().csrfHash())) {
                    error(request, response, new ErrorPage(403, "csrf_token_invalid",
                            "This form is out of date or was not sent from Marquee; reload the page and try again"));
                    return;
                }
            }
            RouteCallers.checkAccess(access, who);
            PluginResponse answer = matched.route().handler().handle(pluginRequest);
            PluginPageHeaders.apply(response, PluginPageHeaders.pagePolicy(host, context, path.pluginId()),
                    who.signedIn() || access != RouteAccess.ANYONE);
            write(response, answer.status(), answer.contentType(), answer.body());
        } catch (BodyTooLargeException tooLarge) {
            // The body-size filter answers 413 once this returns.
        } catch (Problem problem) {
            if (problem.retryAfter() != null) {
                response.setHeader("Retry-After", Long.toString(problem.retryAfter().toSeconds()));
            }
            error(request, response, new ErrorPage(problem.kind().status(), problem.error(), problem.getMessage()));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "A plugin page failed: " + request.getRequestURI(), failed);
            error(request, response, new ErrorPage(500, "internal_error", "The page failed; the server's log says why"));
        }
    }

    private Optional<ResolvedSession> session(HttpServletRequest request) {
        String token = cookie(request, SessionCookies.SESSION);
        return token == null ? Optional.empty() : signIns.resolve(token);
    }

    /** Attendees sign in with their code, organizers on the console; both come back to the page afterwards. */
    static String signInAddress(String context, RouteAccess access, String uri, String query) {
        String back = URLEncoder.encode(uri + (query == null ? "" : "?" + query), StandardCharsets.UTF_8);
        return context + (access == RouteAccess.ORGANIZER ? "/admin?next=" : "/login?next=") + back;
    }

    private static void error(HttpServletRequest request, HttpServletResponse response, ErrorPage page) throws IOException {
        String context = request.getContextPath();
        PluginPageHeaders.apply(response, PluginPageHeaders.errorPolicy(request.getHeader("Host"), context), true);
        write(response, page.status(), "text/html; charset=UTF-8", page.html(context));
    }

    private static void write(HttpServletResponse response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        if (contentType == null || body.length == 0) {
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (name.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private static Map<String, String> visibleHeaders(HttpServletRequest request) {
        Map<String, String> visible = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!PluginRouteResource.HIDDEN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                visible.put(name, String.join(", ", Collections.list(request.getHeaders(name))));
            }
        }
        return visible;
    }

    /** A page's address split: the plugin id and the decoded segments below {@code /p/{pluginId}/}. */
    record PagePath(String pluginId, List<String> segments) {

        /** The parts of {@code /p/{pluginId}/...} (path within the application, raw), or null for no page address. */
        static PagePath parse(String raw) {
            if (!raw.startsWith("/p/")) {
                return null;
            }
            String[] parts = raw.substring(3).split("/", -1);
            if (parts.length < 2 || !parts[0].matches("[a-z0-9][a-z0-9-]*")) {
                return null;
            }
            List<String> segments = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                segments.add(QueryString.decode(parts[i].replace("+", "%2B")));
            }
            return new PagePath(parts[0], List.copyOf(segments));
        }
    }
}
