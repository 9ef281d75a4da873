package dev.marquee.platform.interfaces.rest.stage;

import dev.marquee.platform.application.stage.StageIngest;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import dev.marquee.platform.spi.media.IngestReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/stages/{id}/ingest}: the incoming stream, its encoder warnings and its health (organizers). */
@Path("stages/{id}/ingest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stages")
public class StageIngestResource {

    @Inject
    StageIngest ingest;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The stage's incoming stream (organizers): {live, video, audio, bitrate, "
            + "warnings[{code, message, fix}], history[{at, bitrate, fps, dropped}]}; 404 for a stage without ingest")
    public Response get(@PathParam("id") long id) {
        IngestReport report = ingest.report(caller.get(), id);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(report).cacheControl(noStore).build();
    }
}
