package dev.marquee.platform.application.schedule.importing;

/** The schedule formats Marquee reads. */
public enum ScheduleFormat {
    /** frab's and C3VOC's {@code schedule.xml} (pretalx exports it too). */
    FRAB_XML,
    /** The schedule JSON of frab and pretalx ({@code {"schedule": {"conference": {"days": ...}}}}). */
    SCHEDULE_JSON
}
