package dev.marquee.platform.interfaces.rest.auth;

import dev.marquee.platform.application.attendee.AttendeeSelfService;
import dev.marquee.platform.application.signin.IssuedSession;
import dev.marquee.platform.application.signin.PasswordAuthentication;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import dev.marquee.platform.interfaces.rest.security.SessionCookies;
import dev.marquee.platform.infrastructure.security.ClientAddresses;
import dev.marquee.platform.spi.auth.CredentialRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Organizer sign-in with email and password, sign-out (here or everywhere), and who am I. */
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

    @POST
    @Path("login")
    @Operation(summary = "Sign in as an organizer; sets the session and XSRF-TOKEN cookies")
    public Response login(@Valid @NotNull LoginInput input) {
        IssuedSession session = signIns.signIn(passwords, new CredentialRequest(
                Map.of("email", input.email, "password", input.password), addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"))));
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
