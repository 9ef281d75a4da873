package dev.marquee.platform.application.signin;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import dev.marquee.platform.infrastructure.cluster.GridChange;
import dev.marquee.platform.infrastructure.cluster.GridCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Growing delays per organizer account, whatever addresses the attempts come from (Keycloak's
 * brute-force detection, in short): every attempt counts as a failure up front and a right password
 * clears the count; from the {@code marquee.signin.account-failures}th failure on, each failure locks
 * the account for 30 s, doubled with every further failure up to 15 minutes. The count is forgotten
 * after 12 hours without a failure. Unknown emails are counted the same way, so a lock tells nothing
 * about which accounts exist. Cluster-wide (a sealed grid entry per account).
 */
@ApplicationScoped
public class AccountLockouts {

    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(12);
    private static final String MAP = "signin.account-failures";
    private static final Logger LOG = Logger.getLogger(AccountLockouts.class.getName());

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "marquee.signin.account-failures", defaultValue = "5")
    int freeFailures;

    private final Clock clock;

    public AccountLockouts() {
        this.clock = Clock.systemUTC();
    }

    AccountLockouts(DataGrid grid, int freeFailures, Clock clock) {
        this.grid = grid;
        this.freeFailures = freeFailures;
        this.clock = clock;
    }

    /**
     * Counts an attempt on the account before its password is checked: empty when it may go ahead,
     * else how long the account stays locked. When the grid does not answer, the attempt goes ahead
     * (the per-address limits still hold).
     */
    public Optional<Duration> attempt(String email) {
        long now = clock.millis();
        try {
            return GridCalls.await(grid.sealedMap(MAP, CODEC).change(key(email), current -> {
                long[] state = current == null ? new long[] {0, 0} : current;
                if (state[1] > now) {
                    return GridChange.Outcome.keep(Duration.ofMillis(state[1] - now));
                }
                long failures = state[0] + 1;
                long lockedUntil = failures >= freeFailures ? now + lockMillis(failures) : 0;
                return GridChange.Outcome.set(new long[] {failures, lockedUntil}, FORGET_AFTER.toMillis(), Duration.ZERO);
            }), GridCalls.DEFAULT_WAIT, "account lockout").filter(wait -> !wait.isZero());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The password was right: the account's count starts again. */
    public void succeeded(String email) {
        try {
            grid.sealedMap(MAP, CODEC).remove(key(email));
        } catch (RuntimeException e) {
            LOG.fine("Could not clear the failures of an account; they expire by themselves");
        }
    }

    /** How long the {@code failures}th failure locks the account. */
    long lockMillis(long failures) {
        long doublings = Math.min(failures - freeFailures, 20);
        return Math.min(LONGEST_LOCK.toMillis(), FIRST_LOCK.toMillis() << doublings);
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** {failures, locked until (epoch ms)}. */
    private static final GridCodec<long[]> CODEC = new GridCodec<>() {
        @Override
        public void write(long[] value, DataOutputStream out) throws IOException {
            out.writeLong(value[0]);
            out.writeLong(value[1]);
        }

        @Override
        public long[] read(DataInputStream in) throws IOException {
            return new long[] {in.readLong(), in.readLong()};
        }
    };
}
