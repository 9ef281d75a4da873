package dev.marquee.platform.application.ticketing;

import dev.marquee.platform.application.AfterCommit;
import dev.marquee.platform.application.webhook.WebhookFacts;
import dev.marquee.platform.application.webhook.WebhookEventType;
import dev.marquee.platform.application.webhook.WebhookOutbox;
import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.application.attendee.AccessCodeService;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.domain.model.attendee.AdmissionInserts;
import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeRepository;
import dev.marquee.platform.domain.model.attendee.AttendeeStatus;
import dev.marquee.platform.domain.model.attendee.NewAdmissions;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewAttendee;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewTicket;
import dev.marquee.platform.domain.model.attendee.Ticket;
import dev.marquee.platform.domain.model.attendee.TicketRepository;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventRepository;
import dev.marquee.platform.domain.model.ticketing.ImportCounts;
import dev.marquee.platform.domain.model.ticketing.RejectedRow;
import dev.marquee.platform.spi.events.AccessRevoked;
import dev.marquee.platform.spi.ticketing.TicketRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a chunk of new or changed ticket rows in one transaction: creates attendees (with an access
 * code mailed through the outbox; inserted in batches, which is what keeps a 100,000-row first import
 * within seconds), updates names and emails, and revokes attendees whose last valid
 * ticket was cancelled, ending their sessions at once.
 */
@ApplicationScoped
public class TicketImporter {

    static final String REVOKED = "ticket_cancelled";

    @Inject
    EventRepository events;

    @Inject
    AttendeeRepository attendees;

    @Inject
    TicketRepository tickets;

    @Inject
    AccessCodeService codes;

    @Inject
    SignInService signIns;

    @Inject
    AfterCommit afterCommit;

    @Inject
    jakarta.enterprise.event.Event<AccessRevoked> revocations;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    AdmissionInserts inserts;

    private final Clock clock = Clock.systemUTC();

    /**
     * Applies the rows. {@code knownTickets} and {@code attendeeIds} say what exists already, so that
     * only rows about existing tickets or attendees cost a lookup (queries per row would slow a large
     * first import down as the tables grow). New attendees, tickets, codes and mails are collected and
     * inserted in batches at the end ({@link AdmissionInserts}), in this transaction; changes to
     * existing rows go through JPA.
     */
    @Transactional
    ChunkResult apply(long eventId, String sourceType, List<TicketRecord> rows, java.util.Set<String> knownTickets,
                      Map<String, Long> attendeeIds) {
        Event event = events.find(eventId).orElseThrow();
        Instant now = clock.instant();
        int createdCount = 0;
        int updated = 0;
        int cancelled = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Ticket> known = tickets.findAll(eventId, sourceType,
                rows.stream().map(TicketRecord::ticketId).filter(knownTickets::contains).toList());
        Map<String, Attendee> byEmail = new HashMap<>();
        for (TicketRecord row : rows) {
            String email = Account.normalizeEmail(row.email());
            Long id = attendeeIds.get(email);
            if (id != null && !byEmail.containsKey(email)) {
                attendees.find(id).ifPresent(a -> byEmail.put(email, a));
            }
        }
        NewAdmissions admitted = new NewAdmissions(eventId, now,
                inserts.attendeeIds(newBuyers(rows, known.keySet(), attendeeIds)));
        // Attendees given a valid ticket by this chunk: that ticket is not in the database until the end.
        Set<Long> newlyValid = new HashSet<>();
        boolean announce = webhooks.wanted(eventId, WebhookEventType.ATTENDEE_CREATED);
        for (TicketRecord row : rows) {
            Optional<Ticket> existing = Optional.ofNullable(known.get(row.ticketId()));
            if (existing.isEmpty()) {
                long attendeeId = admit(event, row, byEmail, admitted, announce);
                admitted.add(new NewTicket(attendeeId, sourceType, row.ticketId(), row.orderId(), row.ticketType(),
                        row.status(), row.cancelled(), row.purchasedAt(), RowFingerprint.of(row)));
                if (row.cancelled()) {
                    cancelled++;
                    Attendee stored = byEmail.get(Account.normalizeEmail(row.email()));
                    if (stored != null && !newlyValid.contains(attendeeId)) {
                        revokeIfNoValidTicket(stored, now);
                    }
                } else {
                    createdCount++;
                    newlyValid.add(attendeeId);
                }
                continue;
            }
            Ticket ticket = existing.get();
            Attendee attendee = ticket.attendee();
            boolean wasCancelled = ticket.cancelled();
            String email = Account.normalizeEmail(row.email());
            if (!attendee.email().equals(email) && (byEmail.containsKey(email) || attendeeIds.containsKey(email)
                    || admitted.attendee(email) != null)) {
                rejected.add(new RejectedRow(row.line(), "the email belongs to another attendee of this event"));
                continue;
            }
            record(ticket, row, now);
            attendee.rename(row.email(), row.firstName(), row.lastName(), now);
            byEmail.put(attendee.email(), attendee);
            if (row.cancelled() && !wasCancelled) {
                cancelled++;
                if (!newlyValid.contains(attendee.id())) {
                    revokeIfNoValidTicket(attendee, now);
                }
            } else {
                updated++;
                if (!row.cancelled() && attendee.status() == AttendeeStatus.REVOKED) {
                    attendee.reinstate(now);
                    codes.issueAndMail(attendee);
                }
            }
        }
        inserts.insert(admitted);
        Map<String, Long> created = new HashMap<>();
        byEmail.forEach((email, attendee) -> {
            if (!attendeeIds.containsKey(email)) {
                created.put(email, attendee.id());
            }
        });
        admitted.attendees().forEach(attendee -> created.put(attendee.email(), attendee.id()));
        return new ChunkResult(new ImportCounts(0, createdCount, updated, cancelled, 0, 0, rejected.size()), rejected,
                created);
    }

    /** How many attendees the rows may create at most: the emails of new tickets that no attendee has yet. */
    private static int newBuyers(List<TicketRecord> rows, Set<String> knownTickets, Map<String, Long> attendeeIds) {
        return (int) rows.stream().filter(row -> !knownTickets.contains(row.ticketId()))
                .map(row -> Account.normalizeEmail(row.email())).filter(email -> !attendeeIds.containsKey(email))
                .distinct().count();
    }

    /**
     * The id of the attendee the new ticket admits: the stored attendee with the row's email (a second
     * ticket of the same buyer), or one this chunk creates, or a new one with a code to mail (and an
     * {@code attendee.created} webhook message when {@code announce}).
     */
    private long admit(Event event, TicketRecord row, Map<String, Attendee> byEmail, NewAdmissions admitted,
                       boolean announce) {
        String email = Account.normalizeEmail(row.email());
        Attendee stored = byEmail.get(email);
        if (stored != null) {
            if (!row.cancelled() && stored.status() == AttendeeStatus.REVOKED) {
                stored.reinstate(admitted.now());
                codes.issueAndMail(stored);
            }
            return stored.id();
        }
        NewAttendee pending = admitted.attendee(email);
        if (pending != null) {
            if (!row.cancelled() && pending.status() == AttendeeStatus.REVOKED) {
                codes.issueFirstAndMail(admitted, event, admitted.reinstate(email));
            }
            return pending.id();
        }
        NewAttendee attendee = admitted.admit(row.email(), row.firstName(), row.lastName(), row.cancelled());
        if (!row.cancelled()) {
            codes.issueFirstAndMail(admitted, event, attendee);
        }
        if (announce) {
            webhooks.enqueue(WebhookFacts.attendeeCreated(attendee));
        }
        return attendee.id();
    }

    private static void record(Ticket ticket, TicketRecord row, Instant now) {
        ticket.record(row.orderId(), row.ticketType(), row.status(), row.cancelled(), row.purchasedAt(),
                RowFingerprint.of(row), now);
    }

    private void revokeIfNoValidTicket(Attendee attendee, Instant now) {
        if (attendee.status() == AttendeeStatus.REVOKED || tickets.holdsValidTicket(attendee.id())) {
            return;
        }
        attendee.revoke(now);
        webhooks.enqueue(WebhookFacts.attendeeRevoked(attendee, now));
        signIns.endAllOf(attendee.subject(), REVOKED);
        AccessRevoked revoked = new AccessRevoked(attendee.subject(), attendee.event().id(), REVOKED);
        afterCommit.run(() -> revocations.fireAsync(revoked));
    }
}
