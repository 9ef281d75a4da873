package dev.marquee.platform.application.attendee;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.application.mail.AccessCodeMail;
import dev.marquee.platform.application.mail.Outbox;
import dev.marquee.platform.domain.model.attendee.AccessCode;
import dev.marquee.platform.domain.model.attendee.AccessCodeRepository;
import dev.marquee.platform.domain.model.attendee.AccessCodeStatus;
import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.attendee.AttendeeRepository;
import dev.marquee.platform.domain.model.attendee.AttendeeStatus;
import dev.marquee.platform.infrastructure.security.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
        codes.activeOf(attendee.id()).forEach(AccessCode::replace);
        issueFirstAndMail(attendee);
    }

    /** As {@link #issueAndMail} for an attendee created in this transaction, who has no code yet. */
    @Transactional
    public void issueFirstAndMail(Attendee attendee) {
        Instant now = clock.instant();
        String code = AccessCodeFormat.generate();
        codes.add(new AccessCode(attendee, hash(AccessCodeFormat.normalize(code)), now, now.plus(validity)));
        outbox.enqueue(mails.compose(attendee, code));
    }

    /** An organizer's "send a new code". */
    @Transactional
    public void regenerate(Caller caller, long attendeeId) {
        Attendee attendee = attendees.find(attendeeId).orElseThrow(() -> Problem.notFound("Attendee " + attendeeId));
        access.requireOrganizerOf(caller, attendee.event().id());
        if (attendee.status() == AttendeeStatus.REVOKED) {
            throw Problem.conflict("This attendee's access is revoked; a code would not let them in");
        }
        issueAndMail(attendee);
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
