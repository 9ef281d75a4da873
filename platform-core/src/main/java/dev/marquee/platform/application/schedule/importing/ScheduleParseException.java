package dev.marquee.platform.application.schedule.importing;

/**
 * A schedule file that cannot be read at all: not XML or JSON, not well-formed, too large, with too
 * many talks, or declaring a DTD. The message is for the organizer and quotes nothing of the file.
 */
public class ScheduleParseException extends Exception {

    public ScheduleParseException(String message) {
        super(message);
    }

    public ScheduleParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
