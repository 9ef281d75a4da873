package dev.marquee.platform.application.attendee;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.mail.AccessCodeMail;
import dev.marquee.platform.application.mail.MailDraft;
import dev.marquee.platform.application.mail.Outbox;
import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.domain.model.attendee.AccessCode;
import dev.marquee.platform.domain.model.attendee.AccessCodeRepository;
import dev.marquee.platform.domain.model.attendee.AccessCodeStatus;
import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeRepository;
import dev.marquee.platform.domain.model.attendee.AttendeeStatus;
import dev.marquee.platform.domain.model.attendee.NewAdmissions;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewAccessCode;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewAttendee;
import dev.marquee.platform.domain.model.attendee.NewAdmissions.NewMail;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.mail.OutboxRepository;
import dev.marquee.platform.spi.security.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Access codes: issued to attendees (the code itself goes only into the email, the database keeps its
 * hash), checked at sign-in, regenerated on request.
 */
@ApplicationScoped
public class AccessCodeService {

    @Inject
    AccessCodeRepository codes;

    @Inject
    AttendeeRepository attendees;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRepository waitingMails;

    @Inject
    AccessCodeMail mails;

    @Inject
    AccessPolicy access;

    @Inject
    @ConfigProperty(name = "marquee.access-code.validity", defaultValue = "P365D")
    Duration validity;

    private final Clock clock = Clock.systemUTC();

    /**
     * Gives the attendee a new code (earlier ones become "replaced") and puts the email with it into
     * the outbox, in the caller's transaction.
     */
    @Transactional
    public void issueAndMail(Attendee attendee) {
        replaceCodes(attendee);
        issueFirstAndMail(attendee);
    }

    /** As {@link #issueAndMail} for an attendee created in this transaction, who has no code yet. */
    @Transactional
    public void issueFirstAndMail(Attendee attendee) {
        outbox.enqueue(mails.compose(attendee, addCode(attendee).code()));
    }

    /**
     * As {@link #issueFirstAndMail} for an attendee an import creates in a batch: the code's hash and the
     * mail with the code go into {@code admissions}, to be inserted with the attendee.
     */
    public void issueFirstAndMail(NewAdmissions admissions, Event event, NewAttendee attendee) {
        String code = AccessCodeFormat.generate();
        admissions.add(new NewAccessCode(attendee.id(), hash(AccessCodeFormat.normalize(code)),
                admissions.now().plus(validity)));
        MailDraft mail = mails.compose(event, attendee.id(), attendee.email(), attendee.displayName(), code);
        admissions.add(new NewMail(attendee.id(), mail.to(), mail.subject(), mail.text(), mail.html()));
    }

    /** An organizer's "send a new code". */
    @Transactional
    public void regenerate(Caller caller, long attendeeId) {
        issueAndMail(admissible(caller, attendeeId));
    }

    /**
     * An organizer's "show a new code", to hand over some other way than mail: earlier codes become
     * "replaced", and the new one is answered once and written nowhere (no mail, no log; only its hash
     * is kept).
     */
    @Transactional
    public ShownCode issueToShow(Caller caller, long attendeeId) {
        Attendee attendee = admissible(caller, attendeeId);
        replaceCodes(attendee);
        return addCode(attendee);
    }

    /**
     * Earlier codes become "replaced", and mails with them that still wait (no mail server yet, or
     * retrying) are withdrawn: sent later, they would only hand the attendee a code that no longer works.
     */
    private void replaceCodes(Attendee attendee) {
        codes.activeOf(attendee.id()).forEach(AccessCode::replace);
        waitingMails.withdrawWaiting(attendee.id(), "Not sent: a newer code replaced the one in this mail");
    }

    /** A new code for the attendee; only its hash is stored. */
    private ShownCode addCode(Attendee attendee) {
        Instant now = clock.instant();
        String code = AccessCodeFormat.generate();
        Instant expires = now.plus(validity);
        codes.add(new AccessCode(attendee, hash(AccessCodeFormat.normalize(code)), now, expires));
        return new ShownCode(code, mails.signInLink(attendee, code), expires);
    }

    private Attendee admissible(Caller caller, long attendeeId) {
        if (!access.mayUseConsole(caller)) {
            access.requireOrganizer(caller); // 401 or 403 before anything is told about the attendee
        }
        Attendee attendee = attendees.find(attendeeId).orElseThrow(() -> Problem.notFound("Attendee " + attendeeId));
        access.requireOrganizerOf(caller, attendee.event().id());
        if (attendee.status() == AttendeeStatus.REVOKED) {
            throw Problem.conflict("This attendee's access is revoked; a code would not let them in");
        }
        return attendee;
    }

    /**
     * An attendee's own "send me my code again": a new code (earlier ones become "replaced") mailed to
     * the stored address of every attendee with this email who may still get in, of the event with
     * {@code eventSlug} only when one is given. Revoked attendees get nothing. Returns how many codes
     * were issued, which must never reach the person asking ({@link AccessCodeResends}).
     */
    @Transactional
    public int reissueToOwner(String email, String eventSlug) {
        List<Attendee> owners = attendees.withEmail(Account.normalizeEmail(email)).stream()
                .filter(a -> a.status() == AttendeeStatus.ACTIVE)
                .filter(a -> eventSlug == null || eventSlug.equals(a.event().slug()))
                .toList();
        owners.forEach(this::issueAndMail);
        return owners.size();
    }

    /** What a typed code is. Compares hashes only; a malformed code is simply unknown. */
    @Transactional
    public CodeCheck check(String typed) {
        String normalized = AccessCodeFormat.normalize(typed);
        if (normalized == null) {
            return new CodeCheck.Unknown();
        }
        return codes.findByHash(hash(normalized)).<CodeCheck>map(code -> {
            if (code.attendee().status() == AttendeeStatus.REVOKED) {
                return new CodeCheck.Revoked();
            }
            if (code.status() == AccessCodeStatus.REPLACED) {
                return new CodeCheck.Replaced();
            }
            if (code.expired(clock.instant())) {
                return new CodeCheck.Expired();
            }
            return new CodeCheck.Valid(code.attendee());
        }).orElseGet(CodeCheck.Unknown::new);
    }

    private static String hash(String normalized) {
        return Tokens.hash("access-code:" + normalized);
    }
}
