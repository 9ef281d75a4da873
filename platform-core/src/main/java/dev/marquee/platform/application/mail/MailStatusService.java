package dev.marquee.platform.application.mail;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.mail.OutboxMail;
import dev.marquee.platform.domain.model.mail.OutboxSummary;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.security.GridRateLimiter;
import dev.marquee.platform.spi.security.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The console's view of mail: the status read from the outbox, and a test mail sent at once. The test
 * mail is an outbox row like any other (so it counts as the last send, or the last failure, on every
 * instance) but claimed by the request and sent over a connection of its own, so the organizer learns
 * the outcome in the answer, not a dispatcher pass later; it is never retried. Organizers only, a few
 * test mails a minute each ({@code marquee.mail.test-mails-per-minute}).
 */
@ApplicationScoped
public class MailStatusService {

    private static final Logger LOG = Logger.getLogger(MailStatusService.class.getName());
    /** What the console and the refusal name as the keys to set. */
    static final String HOW_TO_CONFIGURE = "set marquee.mail.smtp.host (with marquee.mail.smtp.port, .username, "
            + ".password, .security and marquee.mail.from as your mail provider says) and restart Marquee";

    @Inject
    AccessPolicy access;

    @Inject
    MailSender sender;

    @Inject
    OutboxSteps steps;

    @Inject
    TestMail testMail;

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "marquee.mail.test-mails-per-minute", defaultValue = "5")
    int perMinute;

    private final Clock clock = Clock.systemUTC();
    /** Set at start; package-private so tests can give a local one. */
    RateLimiter limit;

    @PostConstruct
    void init() {
        limit = new GridRateLimiter(grid, "mail-test", perMinute, Duration.ofMinutes(1), clock);
    }

    /**
     * Whether mail works, for everyone who uses the console: an event's own organizers see the banner
     * that says codes are not mailed. Sending a test mail stays with the platform's organizers.
     */
    public MailStatus status(Caller caller) {
        if (!access.mayUseConsole(caller)) {
            access.requireOrganizer(caller);
        }
        MailSender.Route route = sender.route();
        OutboxSummary outbox = steps.summary();
        return new MailStatus(sender.configured(), route.server(), route.security(), route.from(), outbox.waiting(),
                outbox.failed(), outbox.lastSentAt(), outbox.lastErrorAt(), outbox.lastError());
    }

    /** Sends a test mail to {@code to} now; answers when the mail server took it, else throws why not. */
    public Instant sendTest(Caller caller, String to) {
        access.requireOrganizer(caller);
        if (!sender.configured()) {
            throw new Problem(Problem.Kind.CONFLICT, "mail_not_configured",
                    "No mail server is configured, so no mail can be sent: " + HOW_TO_CONFIGURE + ".", List.of(), null);
        }
        Duration wait = limit.acquire(caller.subject());
        if (!wait.isZero()) {
            throw Problem.tooMany(wait);
        }
        OutboxMail mail = steps.addClaimed(testMail.compose(to, caller.email(), clock.instant()));
        try (MailSender.Connection connection = sender.connect()) {
            connection.send(mail);
        } catch (Exception e) {
            String reason = e instanceof MailSender.Refused ? e.getMessage()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            steps.abandoned(mail.id(), "Test mail: " + reason);
            LOG.warning(() -> "Test mail " + mail.id() + " not sent: " + reason);
            throw new Problem(Problem.Kind.UPSTREAM_FAILED, "mail_not_sent",
                    "The mail server did not take the test mail: " + reason, List.of(), null);
        }
        steps.sent(mail.id());
        LOG.info(() -> "Test mail " + mail.id() + " handed to the mail server");
        return clock.instant();
    }
}
