package dev.marquee.platform.interfaces.rest.attendee;

import dev.marquee.platform.application.attendee.AttendeeService;
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
import java.util.Map;

/** {@code /api/v1/events/{id}/attendees}: who is admitted to the event (organizers). */
@Path("events/{id}/attendees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attendees")
public class AttendeeResource {

    @Inject
    AttendeeService attendees;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The event's attendees with their status and ticket count (organizers)")
    public List<AttendeeView> list(@PathParam("id") long eventId) {
        AttendeeService.Roster roster = attendees.roster(caller.get(), eventId);
        Map<Long, Long> tickets = roster.ticketCounts();
        return roster.attendees().stream()
                .map(a -> AttendeeView.of(a, tickets.getOrDefault(a.id(), 0L), roster.latestMails().get(a.id())))
                .toList();
    }
}
