package dev.marquee.platform.interfaces.rest.attendee;

import dev.marquee.platform.application.attendee.AccessCodeResends;
import dev.marquee.platform.infrastructure.security.ClientAddresses;
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

import java.util.Map;

/**
 * {@code POST /api/v1/access-codes/resend {"email", "event"?}}: a new access code for an attendee who lost
 * theirs, mailed to the address on their ticket. Always 202 with the same body (no way to learn which
 * addresses hold tickets), 429 past the limits ({@link AccessCodeResends}). Access codes are core's (core
 * issues and mails them), so core serves this; the mechanism that checks a code at sign-in is a plugin.
 */
@Path("access-codes/resend")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class AccessCodeResendResource {

    /** The one answer to every resend request that passed the limits, whoever the address belongs to. */
    static final Map<String, String> ANSWER = Map.of("status", "accepted", "detail",
            "If this address holds a ticket, a new access code is on its way to it. It replaces the previous code.");

    @Inject
    AccessCodeResends resends;

    @Inject
    ClientAddresses addresses;

    @Context
    HttpServletRequest http;

    @POST
    @Operation(summary = "Send a new access code to an attendee's stored address; answers the same whether or not the address is known")
    public Response resend(@Valid @NotNull ResendInput input) {
        resends.request(input.email, input.event, addresses.of(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")));
        return Response.accepted(ANSWER).build();
    }
}
