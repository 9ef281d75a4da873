package dev.marquee.platform.interfaces.rest.recording;

import dev.marquee.platform.application.recording.Replay;
import dev.marquee.platform.application.recording.ReplayCut;
import dev.marquee.platform.application.recording.ReplayService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/sessions/{id}/replay}: watch a past session, or cut and publish its replay (organizers). */
@Path("sessions/{id}/replay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
public class SessionReplayResource {

    @Inject
    ReplayService replays;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The session's replay: {sources: [{type: hls, url}], chat, from, to, durationSeconds, ...}; 404 if none")
    public Response get(@PathParam("id") long id) {
        Replay replay = replays.ofSession(caller.get(), id);
        return ReplayResponses.ok(ReplayView.of(replay, replays.links(caller.get(), replay)));
    }

    @PUT
    @Operation(summary = "Cut the replay (offsets from the scheduled start and end, in seconds) and publish or unpublish it")
    public Response cut(@PathParam("id") long id, @Valid @NotNull ReplayCutInput input) {
        Replay replay = replays.cut(caller.get(), id,
                new ReplayCut(input.startOffsetSeconds, input.endOffsetSeconds, input.published));
        return ReplayResponses.ok(ReplayView.of(replay, replays.links(caller.get(), replay)));
    }
}
