package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.application.schedule.SessionChange;

import java.time.ZoneId;
import java.util.List;

/** A saved session and the sessions on the same stage it overlaps, so the console can warn. */
public record SessionSaved(SessionView session, List<SessionView> overlaps) {

    static SessionSaved of(SessionChange change) {
        ZoneId zone = change.session().stage().event().zone();
        return new SessionSaved(SessionView.of(change.session(), zone),
                change.overlaps().stream().map(s -> SessionView.of(s, zone)).toList());
    }
}
