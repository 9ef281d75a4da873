package dev.marquee.platform.application.attendee;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.domain.model.account.Account;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.security.GridRateLimiter;
import dev.marquee.platform.spi.security.RateLimiter;
import dev.marquee.platform.spi.security.Tokens;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Send me my code again", asked by an attendee with nothing but an email address. The answer must not
 * tell whether the address holds a ticket, so the request always takes the same path: the limits, then
 * handing the work to a background thread; finding the attendee, issuing the new code and putting the
 * mail in the outbox happen there ({@link AccessCodeService#reissueToOwner}), after the answer has gone.
 *
 * <p>Limited cluster-wide per client address ({@code marquee.access-code.resends-per-client-per-hour})
 * and per email address asked for ({@code marquee.access-code.resends-per-email-per-hour}), known or
 * not: a limit reached is a 429 for everyone alike, and nobody can flood an attendee's inbox or keep
 * replacing their code.
 */
@ApplicationScoped
public class AccessCodeResends {

    private static final Logger LOG = Logger.getLogger(AccessCodeResends.class.getName());
    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    DataGrid grid;

    @Inject
    AccessCodeService codes;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "marquee.access-code.resends-per-client-per-hour", defaultValue = "10")
    int perClient;

    @Inject
    @ConfigProperty(name = "marquee.access-code.resends-per-email-per-hour", defaultValue = "3")
    int perEmail;

    private RateLimiter clients;
    private RateLimiter emails;

    @PostConstruct
    void init() {
        clients = new GridRateLimiter(grid, "access-code-resends-per-client", perClient, HOUR, Clock.systemUTC());
        emails = new GridRateLimiter(grid, "access-code-resends-per-email", perEmail, HOUR, Clock.systemUTC());
    }

    /**
     * Takes the request: the new code goes out in the background if the address belongs to an attendee
     * who may get in (of the event {@code eventSlug}, or of every event when null).
     *
     * @throws Problem 429 when the client or the email address asked too often
     */
    public void request(String email, String eventSlug, String clientAddress) {
        Duration wait = clients.acquire(clientAddress == null ? "unknown" : clientAddress);
        if (!wait.isZero()) {
            throw Problem.tooMany(wait);
        }
        String normalized = Account.normalizeEmail(email);
        wait = emails.acquire(Tokens.hash("resend:" + normalized));
        if (!wait.isZero()) {
            throw Problem.tooMany(wait);
        }
        String slug = eventSlug == null || eventSlug.isBlank() ? null : eventSlug.strip();
        executor.execute(() -> reissue(normalized, slug));
    }

    private void reissue(String email, String eventSlug) {
        try {
            codes.reissueToOwner(email, eventSlug);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not issue an access code asked for again", e);
        }
    }
}
