package dev.marquee.plugin.rtmp.rest;

import dev.marquee.platform.spi.stage.StageAccess;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.rtmp.RtmpMediaProvider;
import dev.marquee.plugin.rtmp.cluster.ClusterStreams;
import dev.marquee.plugin.rtmp.key.StreamKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * {@code POST /api/v1/stages/{id}/stream-key}: a new stream key for an rtmp stage (organizers). The
 * publisher with the old key is cut off on whichever instance it is connected to.
 */
@Path("stages/{id}/stream-key")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stages")
public class StreamKeyResource {

    @Inject
    StageAccess stages;

    @Inject
    StreamKeys keys;

    @Inject
    ClusterStreams cluster;

    @Inject
    RtmpMediaProvider provider;

    @POST
    @Operation(summary = "Rotate an rtmp stage's stream key (organizers): the old key stops working and a "
            + "publisher using it is cut off. Answers the new ingest details")
    public Map<String, Object> rotate(@PathParam("id") long stageId) {
        var visitor = stages.signedIn(stageId);
        if (!stages.organizes(visitor.eventId())) {
            throw Problem.forbidden("Only the event's organizers manage stream keys");
        }
        if (keys.keyFor(stageId).isEmpty()) {
            throw Problem.notFound("Stage " + stageId + " is not an rtmp stage");
        }
        String key = keys.rotate(stageId);
        cluster.disconnectEverywhere(stageId, "the stream key was rotated");
        return Map.of("ingest", provider.ingest(key));
    }
}
