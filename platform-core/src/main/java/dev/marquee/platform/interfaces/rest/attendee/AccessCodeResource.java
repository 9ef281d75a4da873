package dev.marquee.platform.interfaces.rest.attendee;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.attendee.AccessCodeService;
import dev.marquee.platform.application.attendee.ShownCode;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/attendees/{id}/access-code}: give the attendee a new access code and email it, or show
 * it to the organizer once (the old code stops working). Codes are stored only as hashes, so "resend"
 * always means a new code.
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

    /**
     * {@code delivery=mail} (the default) mails the new code and answers 202; {@code delivery=show}
     * mails nothing and answers the code once, for the organizer to hand over, never to be cached.
     */
    @POST
    @Operation(summary = "Issue a new access code (organizers) and mail it, or with delivery=show answer it once "
            + "without mail; the previous code stops working")
    public Response regenerate(@PathParam("id") long attendeeId, @QueryParam("delivery") String delivery) {
        if (delivery == null || delivery.equals("mail")) {
            codes.regenerate(caller.get(), attendeeId);
            return Response.accepted().build();
        }
        if (!delivery.equals("show")) {
            throw Problem.invalid("delivery must be mail (the default) or show, not '" + delivery + "'");
        }
        ShownCode shown = codes.issueToShow(caller.get(), attendeeId);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.ok(ShownCodeView.of(shown)).cacheControl(noStore).header("Pragma", "no-cache").build();
    }
}
