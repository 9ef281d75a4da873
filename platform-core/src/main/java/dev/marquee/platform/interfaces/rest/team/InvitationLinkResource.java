package dev.marquee.platform.interfaces.rest.team;

import dev.marquee.platform.application.signin.IssuedSession;
import dev.marquee.platform.application.team.InvitationAcceptance;
import dev.marquee.platform.infrastructure.security.ClientAddresses;
import dev.marquee.platform.interfaces.rest.auth.SessionView;
import dev.marquee.platform.interfaces.rest.security.SessionCookies;
import dev.marquee.platform.interfaces.rest.security.SignInEndpoint;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/team/invitations}: what an invitation link offers, and accepting it. */
@Path("team/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Team")
public class InvitationLinkResource {

    @Inject
    InvitationAcceptance acceptance;

    @Inject
    SessionCookies cookies;

    @Inject
    ClientAddresses addresses;

    @Context
    HttpServletRequest http;

    @POST
    @SignInEndpoint
    @Path("preview")
    @Operation(summary = "What the link's token offers: event, stage, role, the invited address and whether it has "
            + "an account; 404 invitation_invalid for a used, revoked or expired link")
    public InvitationAcceptance.Offer preview(@Valid @NotNull TokenInput input) {
        return acceptance.preview(input.token);
    }

    @POST
    @SignInEndpoint
    @Path("accept")
    @Operation(summary = "Accept: the existing account's password, or a name and password for a new account; "
            + "grants the role and signs in (session and XSRF-TOKEN cookies)")
    public Response accept(@Valid @NotNull AcceptInput input) {
        IssuedSession session = acceptance.accept(input.token, input.displayName, input.password,
                addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")));
        return Response.ok(SessionView.of(session.caller())).cookie(cookies.issue(session)).build();
    }
}
