package dev.marquee.platform.application.event;

import dev.marquee.platform.domain.model.event.EventAccess;

/** What an organizer submits to create or change an event; already checked for shape by the caller. */
public record EventDraft(String slug, String title, String description, String timezone, EventAccess access,
        Integer recordingRetentionDays) {

    public EventDraft(String slug, String title, String description, String timezone, EventAccess access) {
        this(slug, title, description, timezone, access, null);
    }
}
