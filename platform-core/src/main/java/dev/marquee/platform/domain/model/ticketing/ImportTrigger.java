package dev.marquee.platform.domain.model.ticketing;

/** What started an import run. */
public enum ImportTrigger {
    /** The poll interval came round. */
    SCHEDULE,
    /** An organizer asked to import now. */
    MANUAL,
    /** An organizer uploaded a file. */
    UPLOAD
}
