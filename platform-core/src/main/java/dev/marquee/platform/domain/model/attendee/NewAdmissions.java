package dev.marquee.platform.domain.model.attendee;

import dev.marquee.platform.domain.model.account.Account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one chunk of a ticket import creates, as rows to insert in batches ({@link AdmissionInserts}):
 * new attendees (at most one per email), their tickets, their first access codes (hashes only) and the
 * mails that carry the codes. Attendee ids are handed in, taken from the sequence the {@link Attendee}
 * entity uses; the other rows get theirs when inserted. Not thread-safe: one chunk, one thread.
 */
public final class NewAdmissions {

    /** A new attendee, as {@link Attendee} would store it (normalised email, display name). */
    public record NewAttendee(long id, long eventId, String email, String firstName, String lastName,
                              String displayName, AttendeeStatus status, Instant createdAt) {

        NewAttendee withStatus(AttendeeStatus newStatus) {
            return new NewAttendee(id, eventId, email, firstName, lastName, displayName, newStatus, createdAt);
        }
    }

    /** A new ticket, of a new attendee or of one that exists already. */
    public record NewTicket(long attendeeId, String sourceType, String externalId, String orderId, String ticketType,
                            String status, boolean cancelled, Instant purchasedAt, String rowHash) {
    }

    /** A first access code, stored as its hash only. */
    public record NewAccessCode(long attendeeId, String codeHash, Instant expiresAt) {
    }

    /** A mail for the outbox, pending from the moment it is written. */
    public record NewMail(long attendeeId, String recipient, String subject, String textBody, String htmlBody) {
    }

    private final long eventId;
    private final Instant now;
    private final long[] attendeeIds;
    private int usedIds;
    private final Map<String, NewAttendee> attendees = new LinkedHashMap<>();
    private final List<NewTicket> tickets = new ArrayList<>();
    private final List<NewAccessCode> codes = new ArrayList<>();
    private final List<NewMail> mails = new ArrayList<>();

    /** {@code attendeeIds}: at least as many fresh ids as attendees this chunk may create. */
    public NewAdmissions(long eventId, Instant now, long[] attendeeIds) {
        this.eventId = eventId;
        this.now = now;
        this.attendeeIds = attendeeIds.clone();
    }

    /** A new attendee with the next id; revoked from the start when their only ticket so far is cancelled. */
    public NewAttendee admit(String email, String firstName, String lastName, boolean revoked) {
        if (usedIds == attendeeIds.length) {
            throw new IllegalStateException("More new attendees than ids reserved for them");
        }
        String normalized = Account.normalizeEmail(email);
        NewAttendee attendee = new NewAttendee(attendeeIds[usedIds++], eventId, normalized, firstName, lastName,
                Attendee.displayNameOf(firstName, lastName, normalized),
                revoked ? AttendeeStatus.REVOKED : AttendeeStatus.ACTIVE, now);
        attendees.put(normalized, attendee);
        return attendee;
    }

    /** The attendee this chunk creates with the (normalised) email, or null. */
    public NewAttendee attendee(String email) {
        return attendees.get(email);
    }

    /** Makes a new attendee who was created revoked active (a valid ticket followed a cancelled one). */
    public NewAttendee reinstate(String email) {
        return attendees.computeIfPresent(email, (key, attendee) -> attendee.withStatus(AttendeeStatus.ACTIVE));
    }

    public void add(NewTicket ticket) {
        tickets.add(ticket);
    }

    public void add(NewAccessCode code) {
        codes.add(code);
    }

    public void add(NewMail mail) {
        mails.add(mail);
    }

    public long eventId() {
        return eventId;
    }

    /** When the rows were created: their {@code created_at} (and {@code updated_at}). */
    public Instant now() {
        return now;
    }

    public Collection<NewAttendee> attendees() {
        return attendees.values();
    }

    public List<NewTicket> tickets() {
        return tickets;
    }

    public List<NewAccessCode> codes() {
        return codes;
    }

    public List<NewMail> mails() {
        return mails;
    }

    public boolean isEmpty() {
        return attendees.isEmpty() && tickets.isEmpty();
    }
}
