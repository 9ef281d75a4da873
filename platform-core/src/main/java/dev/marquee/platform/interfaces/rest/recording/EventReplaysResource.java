package dev.marquee.platform.interfaces.rest.recording;

import dev.marquee.platform.application.recording.ReplayService;
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

/** {@code /api/v1/events/{id}/replays}: the event's past sessions with a replay the caller may watch. */
@Path("events/{id}/replays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recordings")
public class EventReplaysResource {

    @Inject
    ReplayService replays;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Past sessions with a replay, in schedule order (organizers also see unpublished ones)")
    public List<ReplayListItem> list(@PathParam("id") long id) {
        return replays.ofEvent(caller.get(), id).stream().map(p -> new ReplayListItem(p.session().id(),
                p.session().stage().id(), p.session().stage().slug(), p.session().stage().name(), p.session().title(),
                p.session().slot().startsAt(), p.session().slot().endsAt(), p.replay().durationSeconds(),
                p.replay().published())).toList();
    }
}
