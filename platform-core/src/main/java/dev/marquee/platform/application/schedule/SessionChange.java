package dev.marquee.platform.application.schedule;

import dev.marquee.platform.domain.model.schedule.ScheduledSession;

import java.util.List;

/** A saved session and the sessions of the same stage it overlaps (a warning, not a refusal). */
public record SessionChange(ScheduledSession session, List<ScheduledSession> overlaps) {
}
