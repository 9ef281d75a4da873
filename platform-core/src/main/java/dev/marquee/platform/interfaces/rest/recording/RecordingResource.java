package dev.marquee.platform.interfaces.rest.recording;

import dev.marquee.platform.application.recording.RecordingAdmin;
import dev.marquee.platform.application.recording.Replay;
import dev.marquee.platform.application.recording.ReplayService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/recordings/{id}}: publish, delete, or watch a whole recording. */
@Path("recordings/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
public class RecordingResource {

    @Inject
    RecordingAdmin admin;

    @Inject
    ReplayService replays;

    @Inject
    CurrentCaller caller;

    @PUT
    @Operation(summary = "Publish or unpublish the whole recording as a replay (organizers)")
    public RecordingView publish(@PathParam("id") long id, @Valid @NotNull RecordingPublication input) {
        return RecordingView.of(admin.publish(caller.get(), id, input.published));
    }

    @DELETE
    @Operation(summary = "Delete the recording and its media (organizers); 409 while it is being written")
    public Response delete(@PathParam("id") long id) {
        admin.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("replay")
    @Operation(summary = "The whole recording as a replay: {sources, chat, from, to, durationSeconds, ...}")
    public Response replay(@PathParam("id") long id) {
        Replay replay = replays.ofRecording(caller.get(), id);
        return ReplayResponses.ok(ReplayView.of(replay, replays.links(caller.get(), replay)));
    }
}
