package dev.marquee.platform.application.schedule;

import java.time.Instant;
import java.util.List;

/** What an organizer submits for a schedule session. */
public record SessionDraft(String title, String description, List<String> speakers, Instant startsAt, Instant endsAt,
                           Long stageId) {
}
