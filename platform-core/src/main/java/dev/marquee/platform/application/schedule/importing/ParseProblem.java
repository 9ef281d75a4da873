package dev.marquee.platform.application.schedule.importing;

/**
 * An item of a schedule file that could not be read, and why; the rest of the file still imports.
 *
 * @param position   where it is, for people ({@code day 1, room "Saal 1", event 42})
 * @param externalId the item's id when it has one (such a session is not removed by the import), else null
 */
public record ParseProblem(String position, String reason, String externalId) {
}
