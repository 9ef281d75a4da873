package dev.marquee.platform.interfaces.rest.me;

import dev.marquee.platform.application.attendee.AttendeeSelfService;
import dev.marquee.platform.interfaces.rest.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /api/v1/me/events}: the events the signed-in attendee holds tickets for (401 when not signed in). */
@Path("me/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attendees")
public class MyEventsResource {

    @Inject
    AttendeeSelfService self;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The events the signed-in attendee's email address holds tickets for; empty for organizers")
    public List<MyEventView> list() {
        return self.events(caller.get()).stream().map(MyEventView::of).toList();
    }
}
