package dev.marquee.platform.interfaces.rest.schedule;

import dev.marquee.platform.application.schedule.SessionDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;

/** A schedule session as an organizer submits it; times are ISO-8601 with an offset. */
public class SessionInput {

    @NotBlank
    @Size(max = 200)
    public String title;

    @Size(max = 4000)
    public String description;

    @Size(max = 20)
    public List<String> speakers;

    @NotNull
    public OffsetDateTime startsAt;

    @NotNull
    public OffsetDateTime endsAt;

    /** On a change: the stage (of the same event) to move the session to; absent keeps it where it is. */
    public Long stageId;

    SessionDraft toDraft() {
        return new SessionDraft(title.trim(), description, speakers, startsAt.toInstant(), endsAt.toInstant(), stageId);
    }
}
