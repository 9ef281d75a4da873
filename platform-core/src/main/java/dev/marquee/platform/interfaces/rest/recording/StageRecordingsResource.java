package dev.marquee.platform.interfaces.rest.recording;

import dev.marquee.platform.application.recording.RecordingAdmin;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/v1/stages/{id}/recordings}: the stage's recordings, newest first (organizers). */
@Path("stages/{id}/recordings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
public class StageRecordingsResource {

    @Inject
    RecordingAdmin admin;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The stage's recordings: id, startedAt, endedAt, durationSeconds, status, sizeBytes, published, error")
    public List<RecordingView> list(@PathParam("id") long id) {
        return admin.ofStage(caller.get(), id).stream().map(RecordingView::of).toList();
    }
}
