package dev.marquee.platform.domain.model.attendee;

/**
 * Writes what an import creates ({@link NewAdmissions}) in batches, in the caller's transaction, next
 * to the JPA repositories: ids come from the same sequences, in the same blocks, as the entities', so
 * rows written either way never share an id.
 */
public interface AdmissionInserts {

    /** {@code count} fresh attendee ids. */
    long[] attendeeIds(int count);

    /** Inserts the attendees, then the tickets, access codes and mails. */
    void insert(NewAdmissions admissions);
}
