package dev.marquee.plugin.accesscode;

import dev.marquee.platform.application.attendee.AccessCodeResends;
import dev.marquee.platform.application.signin.IssuedSession;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.interfaces.rest.auth.SessionView;
import dev.marquee.platform.interfaces.rest.security.SessionCookies;
import dev.marquee.platform.infrastructure.security.ClientAddresses;
import dev.marquee.platform.spi.auth.CredentialRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * {@code POST /api/v1/auth/access-code {"code"}}: signs an attendee in and sets the session cookie.
 * 401 with a reason for wrong, replaced, expired or revoked codes; 429 with Retry-After when the
 * address (or everyone) failed too often. A sign-in beyond {@code marquee.access-code.max-devices}
 * ends the attendee's oldest session.
 *
 * <p>{@code POST /api/v1/auth/access-code/resend {"email", "event"?}}: a new code for an attendee who
 * lost theirs, mailed to the address on their ticket; always 202 with the same body (no way to learn
 * which addresses hold tickets), 429 past the limits ({@link AccessCodeResends}).
 */
@Path("auth/access-code")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class AccessCodeSignInResource {

    @Inject
    SignInService signIns;

    @Inject
    AccessCodeAuthentication mechanism;

    @Inject
    SessionCookies cookies;

    @Inject
    @ConfigProperty(name = "marquee.access-code.max-devices", defaultValue = "2")
    int maxDevices;

    @Inject
    ClientAddresses addresses;

    @Context
    HttpServletRequest http;

    @Inject
    AccessCodeResends resends;

    /** The one answer to every resend request that passed the limits, whoever the address belongs to. */
    static final Map<String, String> RESEND_ANSWER = Map.of("status", "accepted", "detail",
            "If this address holds a ticket, a new access code is on its way to it. It replaces the previous code.");

    @POST
    @Operation(summary = "Sign in with an access code; sets the session and XSRF-TOKEN cookies")
    public Response signIn(@Valid @NotNull CodeInput input) {
        IssuedSession session = signIns.signIn(mechanism,
                new CredentialRequest(Map.of("code", input.code), clientAddress()), maxDevices);
        return Response.ok(SessionView.of(session.caller())).cookie(cookies.issue(session)).build();
    }

    @POST
    @Path("resend")
    @Operation(summary = "Send a new access code to an attendee's stored address; answers the same whether or not the address is known")
    public Response resend(@Valid @NotNull ResendInput input) {
        resends.request(input.email, input.event, clientAddress());
        return Response.accepted(RESEND_ANSWER).build();
    }

    private String clientAddress() {
        return addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
    }
}
