package dev.marquee.platform.interfaces.rest.security;

import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.spi.web.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads the session cookie of every API request into {@link CurrentCaller}, and refuses a
 * cookie-authenticated write whose {@code X-CSRF-Token} header does not match the session's
 * {@code XSRF-TOKEN} cookie. Sign-in endpoints (methods marked {@link SignInEndpoint}) are exempt: they
 * have no session yet. The filter runs after matching, so it knows the method, and no path is named here.
 * Plugin pages under {@code /p/} are not JAX-RS; their servlet resolves the session the same way and
 * applies the same {@link CsrfCheck}.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SessionFilter implements ContainerRequestFilter {

    @Inject
    SignInService signIns;

    @Inject
    CurrentCaller current;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SessionCookies.SESSION);
        if (cookie == null) {
            return;
        }
        signIns.resolve(cookie.getValue()).ifPresent(session -> {
            if (needsCsrfCheck(request) && !csrfMatches(request, session.csrfHash())) {
                request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ErrorBody("csrf_token_invalid",
                                "Send the XSRF-TOKEN cookie's value in the X-CSRF-Token header"))
                        .build());
                return;
            }
            current.set(session.caller());
        });
    }

    private boolean needsCsrfCheck(ContainerRequestContext request) {
        return !CsrfCheck.SAFE_METHODS.contains(request.getMethod()) && !signIn();
    }

    private boolean signIn() {
        var method = resource.getResourceMethod();
        return method != null && method.isAnnotationPresent(SignInEndpoint.class);
    }

    private static boolean csrfMatches(ContainerRequestContext request, String csrfHash) {
        Cookie cookie = request.getCookies().get(SessionCookies.XSRF);
        return CsrfCheck.passes(request.getHeaderString(SessionCookies.CSRF_HEADER),
                cookie == null ? null : cookie.getValue(), csrfHash);
    }
}
