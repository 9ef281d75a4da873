package dev.marquee.platform.application.schedule.importing;

import dev.marquee.platform.domain.model.schedule.ScheduledSession;
import dev.marquee.platform.domain.model.stage.Stage;

/**
 * One line of an import plan: what happens ({@code kind}), to which talk of the file (null for a
 * removal) and which existing session (null for a creation or an unmapped talk), on which stage.
 */
public record PlannedChange(ChangeKind kind, ImportedTalk talk, ScheduledSession session, Stage stage) {

    public String externalId() {
        return talk != null ? talk.externalId() : session.externalId();
    }

    public String title() {
        return talk != null ? talk.title() : session.title();
    }
}
