package dev.marquee.plugin.rtmp.rest;

import dev.marquee.plugin.rtmp.restream.RestreamRunner;
import dev.marquee.plugin.rtmp.restream.RestreamTarget;
import dev.marquee.plugin.rtmp.restream.Restreams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/**
 * {@code GET|POST /api/v1/stages/{id}/restreams}: an rtmp stage's restream targets (organizers). POST takes
 * {@code {"url", "key", "enabled"}} and answers 201 with a {@code Location}; a target added while the stage
 * is live starts at once.
 */
@Path("stages/{id}/restreams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stages")
public class StageRestreamsResource {

    /** The body of a new target. */
    public static class NewRestream {
        public String url;
        public String key;
        public Boolean enabled;
    }

    @Inject
    RestreamAccess access;

    @Inject
    Restreams restreams;

    @Inject
    RestreamRunner runner;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List an rtmp stage's restream targets with the status of each (keys masked; organizers)")
    public List<Map<String, Object>> list(@PathParam("id") long stageId) {
        access.requireOrganizer(stageId);
        return restreams.ofStage(stageId).stream().map(t -> RestreamView.of(t, runner.status(t.id()))).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a restream target (rtmp:// or rtmps:// address with the application path, and the "
            + "stream key) to an rtmp stage (organizers)")
    public Response add(@PathParam("id") long stageId, NewRestream body) {
        access.requireOrganizer(stageId);
        NewRestream b = body == null ? new NewRestream() : body;
        RestreamTarget added = restreams.add(stageId, b.url, b.key, b.enabled);
        runner.changed(stageId);
        return Response.created(uri.getBaseUriBuilder().path("restreams").path(Long.toString(added.id())).build())
                .entity(RestreamView.of(added, runner.status(added.id()))).build();
    }
}
