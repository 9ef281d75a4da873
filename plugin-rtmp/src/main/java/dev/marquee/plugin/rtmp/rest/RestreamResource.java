package dev.marquee.plugin.rtmp.rest;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.rtmp.restream.RestreamRunner;
import dev.marquee.plugin.rtmp.restream.RestreamTarget;
import dev.marquee.plugin.rtmp.restream.Restreams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * {@code GET|PUT|DELETE /api/v1/restreams/{id}}: one restream target (organizers of its stage). PUT changes
 * what it is given of {@code {"url", "key", "enabled"}}: {@code enabled} starts or stops the push while the
 * stage is live; the key may stay {@code ********} unless the address moves to another server.
 */
@Path("restreams/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stages")
public class RestreamResource {

    @Inject
    RestreamAccess access;

    @Inject
    Restreams restreams;

    @Inject
    RestreamRunner runner;

    @GET
    @Operation(summary = "A restream target and its status (organizers)")
    public Map<String, Object> get(@PathParam("id") long id) {
        RestreamTarget target = organized(id);
        return RestreamView.of(target, runner.status(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a restream target: enabled (start or stop it), url, key (organizers)")
    public Map<String, Object> update(@PathParam("id") long id, StageRestreamsResource.NewRestream body) {
        RestreamTarget target = organized(id);
        StageRestreamsResource.NewRestream b = body == null ? new StageRestreamsResource.NewRestream() : body;
        RestreamTarget changed = restreams.update(id, b.url, b.key, b.enabled);
        runner.changed(target.stageId());
        return RestreamView.of(changed, runner.status(id));
    }

    @DELETE
    @Operation(summary = "Delete a restream target; its push stops (organizers)")
    public void delete(@PathParam("id") long id) {
        RestreamTarget target = organized(id);
        restreams.delete(id);
        runner.changed(target.stageId());
    }

    private RestreamTarget organized(long id) {
        RestreamTarget target = restreams.find(id).orElseThrow(() -> Problem.notFound("Restream " + id));
        access.requireOrganizer(target.stageId());
        return target;
    }
}
