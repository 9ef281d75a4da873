package dev.marquee.platform.interfaces.rest.auth;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.attendee.AttendeeSelfService;
import dev.marquee.platform.application.signin.IssuedSession;
import dev.marquee.platform.application.signin.PasswordAuthentication;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.infrastructure.security.ClientAddresses;
import dev.marquee.platform.interfaces.rest.security.SessionCookies;
import dev.marquee.platform.interfaces.rest.security.SignInEndpoint;
import dev.marquee.platform.spi.auth.AuthenticationMechanism;
import dev.marquee.platform.spi.auth.CredentialRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Sign-in through any authentication mechanism at {@code POST /api/v1/auth/{mechanism}} (an attendee's
 * {@code access-code}, a plugin's own), organizer sign-in at {@code auth/login} (the {@code password}
 * mechanism), sign-out (here or everywhere), and who am I. Every sign-in runs through {@link #signIn}: the
 * same body checks, limits, device limit ({@code marquee.<mechanism>.max-devices}) and cookies.
 */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class AuthResource {

    @Inject
    SignInService signIns;

    @Inject
    PasswordAuthentication passwords;

    @Inject
    SessionCookies cookies;

    @Inject
    CurrentCaller caller;

    @Context
    HttpServletRequest http;

    @Inject
    ClientAddresses addresses;

    @Inject
    AttendeeSelfService self;

    @Inject
    PluginRegistry plugins;

    @POST
    @Path("login")
    @SignInEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in as an organizer with {\"email\", \"password\"}; sets the session and XSRF-TOKEN cookies")
    public Response login(Map<String, Object> body) {
        return signIn(passwords, body);
    }

    @POST
    @Path("{mechanism}")
    @SignInEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in through an authentication mechanism (e.g. access-code with {\"code\"}); "
            + "sets the session and XSRF-TOKEN cookies. 401 for refused credentials, 429 when rate-limited")
    public Response signIn(@PathParam("mechanism") String mechanismId, Map<String, Object> body) {
        AuthenticationMechanism mechanism = plugins.authenticationMechanism(mechanismId)
                .orElseThrow(() -> Problem.notFound("This sign-in mechanism"));
        return signIn(mechanism, body);
    }

    private Response signIn(AuthenticationMechanism mechanism, Map<String, Object> body) {
        CredentialRequest request = new CredentialRequest(CredentialReader.read(body, mechanism),
                addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")));
        IssuedSession session = signIns.signIn(mechanism, request, signIns.maxDevicesOf(mechanism.id()));
        return Response.ok(SessionView.of(session.caller())).cookie(cookies.issue(session)).build();
    }

    @POST
    @Path("logout")
    @Operation(summary = "End the session and clear its cookies")
    public Response logout(@CookieParam(SessionCookies.SESSION) String token) {
        signIns.signOut(token);
        return Response.noContent().cookie(cookies.clear()).build();
    }

    @POST
    @Path("logout-everywhere")
    @Operation(summary = "End every session of the signed-in person on every device, this one included")
    public Response logoutEverywhere() {
        int ended = self.signOutEverywhere(caller.get());
        return Response.ok(Map.of("sessionsEnded", ended)).cookie(cookies.clear()).build();
    }

    @GET
    @Path("session")
    @Operation(summary = "Who the session cookie belongs to; signedIn false without one, with endedReason if it was ended")
    public SessionView session(@CookieParam(SessionCookies.SESSION) String token) {
        if (caller.get().signedIn()) {
            return SessionView.of(caller.get());
        }
        return SessionView.of(caller.get(), signIns.endedReason(token).orElse(null));
    }
}
