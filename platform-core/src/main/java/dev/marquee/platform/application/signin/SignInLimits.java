package dev.marquee.platform.application.signin;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.GridCalls;
import dev.marquee.platform.infrastructure.cluster.GridCodec;
import dev.marquee.platform.infrastructure.security.AddressPrefix;
import dev.marquee.platform.infrastructure.security.GridRateLimiter;
import dev.marquee.platform.spi.security.RateLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * How many failed sign-ins a source may have, cluster-wide, per mechanism: per client address
 * ({@code marquee.signin.failures-per-minute}) and per network around it (a /24 or /56,
 * {@code marquee.signin.network-failures-per-minute}). An attempt takes from both before the
 * credentials are checked and gives back when they were right, so parallel requests can never pass
 * more failures than the limits.
 *
 * <p>There is no limit that refuses everyone: failures from many addresses at once
 * ({@code marquee.signin.global-failures-per-minute} across the cluster) only put the mechanism under
 * pressure, and under pressure an address that already failed within the last minute waits, while an
 * address that has not failed (a person with a valid code or password) still gets in. So junk from a
 * few hundred addresses cannot lock out the people holding valid credentials.
 */
@ApplicationScoped
public class SignInLimits {

    private static final Logger LOG = Logger.getLogger(SignInLimits.class.getName());
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    DataGrid grid;

    @Inject
    @ConfigProperty(name = "marquee.signin.failures-per-minute", defaultValue = "10")
    int perAddress;

    @Inject
    @ConfigProperty(name = "marquee.signin.network-failures-per-minute", defaultValue = "60")
    int perNetwork;

    @Inject
    @ConfigProperty(name = "marquee.signin.global-failures-per-minute", defaultValue = "300")
    int global;

    private final Clock clock = Clock.systemUTC();
    private RateLimiter addresses;
    private RateLimiter networks;
    private RateLimiter everyone;
    private volatile long lastPressureWarning;

    @PostConstruct
    void init() {
        addresses = new GridRateLimiter(grid, "signin-failures", perAddress, MINUTE, clock);
        networks = new GridRateLimiter(grid, "signin-network-failures", perNetwork, MINUTE, clock);
        everyone = new GridRateLimiter(grid, "signin-global-failures", global, MINUTE, clock);
    }

    /**
     * Takes an attempt for the address; zero when it may go ahead (then call {@link #succeeded} or
     * {@link #failed}), else how long it must wait. Whether the mechanism is under pressure is asked
     * while the address's attempt is taken, so an attempt waits for two grid calls, not three.
     */
    public Duration take(String mechanism, String address) {
        Supplier<Duration> pressure = everyone.waitForStarted(mechanism);
        Duration wait = addresses.acquire(mechanism + "|" + address);
        if (!pressure.get().isZero() && failedRecently(mechanism, address)) {
            if (wait.isZero()) {
                addresses.giveBackLater(mechanism + "|" + address);
            }
            return MINUTE;
        }
        if (!wait.isZero()) {
            return wait;
        }
        wait = networks.acquire(mechanism + "|" + AddressPrefix.of(address));
        if (!wait.isZero()) {
            addresses.giveBackLater(mechanism + "|" + address);
        }
        return wait;
    }

    /**
     * The attempt did not count: right credentials, or refused for another reason than them. The
     * caller does not wait for the grid to have it.
     */
    public void succeeded(String mechanism, String address) {
        addresses.giveBackLater(mechanism + "|" + address);
        networks.giveBackLater(mechanism + "|" + AddressPrefix.of(address));
    }

    /** The attempt failed: it stays taken, marks the address and counts towards the pressure. */
    public void failed(String mechanism, String address) {
        try {
            grid.sealedMap(FAILED, MARK).set(mechanism + "|" + address, Boolean.TRUE, MINUTE.toMillis());
        } catch (RuntimeException e) {
            // without the grid, the per-address limits still hold
        }
        if (!everyone.acquire(mechanism).isZero()) {
            long now = clock.millis();
            if (now - lastPressureWarning > MINUTE.toMillis()) {
                lastPressureWarning = now;
                LOG.warning(() -> "More than " + global + " failed " + mechanism + " sign-ins a minute across all "
                        + "addresses: addresses that failed within the last minute wait until it passes");
            }
        }
    }

    private boolean failedRecently(String mechanism, String address) {
        try {
            return GridCalls.await(grid.sealedMap(FAILED, MARK).get(mechanism + "|" + address), GridCalls.DEFAULT_WAIT,
                    "recent sign-in failures").flatMap(found -> found).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static final String FAILED = "signin.failed-recently";

    private static final GridCodec<Boolean> MARK = new GridCodec<>() {
        @Override
        public void write(Boolean value, DataOutputStream out) throws java.io.IOException {
            out.writeBoolean(value);
        }

        @Override
        public Boolean read(DataInputStream in) throws java.io.IOException {
            return in.readBoolean();
        }
    };
}
