package dev.marquee.platform.interfaces.rest.attendee;

import dev.marquee.platform.application.attendee.AccessCodeService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/attendees/{id}/access-code}: give the attendee a new access code and email it (the
 * old code stops working). Codes are stored only as hashes, so "resend" always means a new code.
 */
@Path("attendees/{id}/access-code")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attendees")
public class AccessCodeResource {

    @Inject
    AccessCodeService codes;

    @Inject
    CurrentCaller caller;

    @POST
    @Operation(summary = "Issue and email a new access code (organizers); the previous code stops working")
    public Response regenerate(@PathParam("id") long attendeeId) {
        codes.regenerate(caller.get(), attendeeId);
        return Response.accepted().build();
    }
}
