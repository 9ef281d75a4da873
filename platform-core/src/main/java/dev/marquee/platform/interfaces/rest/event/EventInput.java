package dev.marquee.platform.interfaces.rest.event;

import dev.marquee.platform.application.event.EmbedOrigins;
import dev.marquee.platform.application.event.EventDraft;
import dev.marquee.platform.domain.model.event.EventAccess;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An event as an organizer submits it (a plain class: Payara's OpenAPI scanner trips over constrained record parameters). */
public class EventInput {

    @NotBlank(message = Slugs.BLANK)
    @Size(max = Slugs.MAX_LENGTH, message = Slugs.TOO_LONG)
    @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE)
    public String slug;

    @NotBlank
    @Size(max = 200)
    public String title;

    @Size(max = 4000)
    public String description;

    @NotBlank
    @Size(max = 64)
    public String timezone;

    /**
     * With {@code @Schema}: Payara's OpenAPI scanner leaves out a field whose only constraint is
     * {@code @NotNull}, and describes an enum given as {@code implementation} as an object; a reference to
     * the enum's own schema is right (OpenApiDocumentIT).
     */
    @NotNull
    @Schema(required = true, ref = "EventAccess")
    public EventAccess access;

    /** Days the event's recordings are kept; null (or absent) keeps them for ever. */
    @Min(value = 1, message = "keep recordings for at least 1 day, or leave empty to keep them for ever")
    @Max(value = 36500, message = "at most 36500 days; leave empty to keep recordings for ever")
    public Integer recordingRetentionDays;

    /**
     * Origins allowed to frame the event's player page ({@code https://host[:port]}, or http for localhost),
     * at most 20; null (or absent) keeps what the event has, an empty list clears it.
     */
    @Size(max = EmbedOrigins.MAX, message = "at most 20 embedding origins")
    public List<String> embedOrigins;

    /** How many streams one person may play at once; null (or absent) for no limit. */
    @Min(value = 1, message = "allow at least 1 stream per person, or leave empty for no limit")
    @Max(value = 100, message = "at most 100 streams per person; leave empty for no limit")
    public Integer maxConcurrentStreams;

    EventDraft toDraft() {
        return new EventDraft(slug, title.trim(), description, timezone, access, recordingRetentionDays, embedOrigins,
                maxConcurrentStreams);
    }
}
