package dev.marquee.platform.interfaces.rest.viewing;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.playback.PlaybackService;
import dev.marquee.platform.application.viewing.HeartbeatViewings;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import dev.marquee.platform.spi.audience.Admission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * {@code /api/v1/stages/{id}/viewing}: the heartbeat of a stage page whose player core does not serve
 * (an iframe player, a video room), so those viewers are recorded and limited like the others.
 */
@Path("stages/{id}/viewing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Playback")
public class StageViewingResource {

    @Inject
    HeartbeatViewings heartbeats;

    @Inject
    PlaybackService playback;

    @Inject
    CurrentCaller caller;

    /** The body of a heartbeat: the viewing it keeps (absent for the first). */
    public static class Beat {
        public String id;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Heartbeat of a page playing the stage: {id} keeps a viewing, none opens one; "
            + "answers {id, heartbeatSeconds}, or 429 too_many_streams")
    public Response beat(@PathParam("id") long stageId, Beat body, @HeaderParam("User-Agent") String userAgent) {
        Caller c = caller.get();
        playback.requireWatcher(c, stageId);
        String id = body == null || body.id == null || body.id.length() > 36 ? null : body.id;
        Admission admission = heartbeats.beat(c, stageId, id, userAgent);
        if (!admission.admitted()) {
            return Response.status(429).entity(admission.refusal().toJson().toString()).type(MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(Map.of("id", admission.viewing().id(), "heartbeatSeconds", HeartbeatViewings.BEAT_SECONDS))
                .build();
    }

    @DELETE
    @Path("{viewingId}")
    @Operation(summary = "The page stopped playing: ends its viewing at once")
    public Response leave(@PathParam("id") long stageId, @PathParam("viewingId") String viewingId) {
        heartbeats.leave(caller.get(), viewingId);
        return Response.noContent().build();
    }
}
