package dev.marquee.platform.application.event;

import dev.marquee.platform.domain.model.event.EventAccess;

import java.util.List;

/**
 * What an organizer submits to create or change an event; already checked for shape by the caller.
 * {@code embedOrigins} null leaves an existing event's origins as they are (an empty list clears them).
 * {@code maxConcurrentStreams} null means no limit.
 */
public record EventDraft(String slug, String title, String description, String timezone, EventAccess access,
        Integer recordingRetentionDays, List<String> embedOrigins, Integer maxConcurrentStreams) {

    public EventDraft(String slug, String title, String description, String timezone, EventAccess access) {
        this(slug, title, description, timezone, access, null, null, null);
    }
}
