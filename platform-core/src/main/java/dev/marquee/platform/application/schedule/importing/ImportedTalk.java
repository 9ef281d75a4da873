package dev.marquee.platform.application.schedule.importing;

import java.time.Instant;
import java.util.List;

/**
 * One talk as a schedule file describes it, whatever the format: {@code externalId} is the file's
 * stable id for it (the event's {@code guid}), times are instants (the file's offsets applied), and
 * the texts are already cut to what a session holds.
 */
public record ImportedTalk(String externalId, String title, Instant startsAt, Instant endsAt, String room,
                           List<String> speakers, String abstractText) {

    public ImportedTalk {
        speakers = List.copyOf(speakers);
    }
}
