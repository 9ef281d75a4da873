package dev.marquee.platform.interfaces.rest.viewing;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.viewing.DefaultViewingLedger;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import dev.marquee.platform.spi.audience.OpenStream;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code /api/v1/me/streams}: the signed-in person's open streams, cluster-wide, and ending one of
 * them (the page's "end the oldest" when the event's stream limit refuses a playback).
 */
@Path("me/streams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Playback")
public class MyStreamsResource {

    @Inject
    DefaultViewingLedger ledger;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The caller's open streams, oldest first: [{id, stage, stageName, device, startedAt}]")
    public List<OpenStreamView> list() {
        return ledger.streamsOf(signedIn().subject()).stream().map(OpenStreamView::of).toList();
    }

    @DELETE
    @Path("{streamId}")
    @Operation(summary = "Ends one of the caller's streams on whichever instance plays it; 404 if it is not theirs")
    public Response end(@PathParam("streamId") String streamId) {
        if (streamId.length() > 36 || !ledger.end(signedIn().subject(), streamId)) {
            throw Problem.notFound("Stream " + streamId);
        }
        return Response.noContent().build();
    }

    private Caller signedIn() {
        Caller c = caller.get();
        if (!c.signedIn()) {
            throw Problem.notSignedIn();
        }
        return c;
    }

    /** A stream as the API shows it. */
    public record OpenStreamView(String id, long stage, String stageName, String device, String startedAt) {
        static OpenStreamView of(OpenStream s) {
            return new OpenStreamView(s.id(), s.stageId(), s.stageName(), s.device(), s.startedAt().toString());
        }
    }
}
