package dev.marquee.plugin.accesscode;

import dev.marquee.platform.application.attendee.AccessCodeService;
import dev.marquee.platform.application.attendee.CodeCheck;
import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.security.GridRateLimiter;
import dev.marquee.platform.infrastructure.security.RateLimiter;
import dev.marquee.platform.spi.auth.AuthenticationMechanism;
import dev.marquee.platform.spi.auth.AuthenticationResult;
import dev.marquee.platform.spi.auth.CredentialRequest;
import dev.marquee.platform.spi.auth.Identity;
import dev.marquee.platform.spi.auth.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * An attendee's access code admits them to their event as a viewer. Wrong, replaced, expired and
 * revoked codes each get their own message. Besides core's limit per client address, failures are
 * limited across all addresses ({@code marquee.access-code.global-failures-per-minute}), so a
 * guessing attack spread over many addresses is throttled too.
 */
@ApplicationScoped
public class AccessCodeAuthentication implements AuthenticationMechanism {

    public static final String ID = "access-code";
    private static final String ALL = "all";

    @Inject
    AccessCodeService codes;

    @Inject
    @ConfigProperty(name = "marquee.access-code.global-failures-per-minute", defaultValue = "300")
    int globalFailuresPerMinute;

    @Inject
    DataGrid grid;

    private RateLimiter globalFailures;

    @PostConstruct
    void init() {
        globalFailures = new GridRateLimiter(grid, "access-code-failures", globalFailuresPerMinute, Duration.ofMinutes(1),
                Clock.systemUTC());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Access code";
    }

    @Override
    public AuthenticationResult authenticate(CredentialRequest request) {
        Duration wait = globalFailures.waitFor(ALL);
        if (!wait.isZero()) {
            return new AuthenticationResult.Throttled(wait);
        }
        CodeCheck check = codes.check(request.get("code"));
        if (check instanceof CodeCheck.Valid valid) {
            Attendee a = valid.attendee();
            return new AuthenticationResult.Success(
                    new Identity(a.subject(), a.displayName(), a.email(), Set.of(Role.VIEWER), a.event().id()));
        }
        globalFailures.acquire(ALL);
        if (check instanceof CodeCheck.Replaced) {
            return new AuthenticationResult.Failure("code_replaced",
                    "This code was replaced by a newer one. Use the code from your most recent email.");
        }
        if (check instanceof CodeCheck.Expired) {
            return new AuthenticationResult.Failure("code_expired",
                    "This code has expired. Ask the organizer for a new one.");
        }
        if (check instanceof CodeCheck.Revoked) {
            return new AuthenticationResult.Failure("code_revoked",
                    "This ticket was cancelled or refunded, so its code no longer admits anyone.");
        }
        return new AuthenticationResult.Failure("code_invalid",
                "This code is not valid. Check it against your email: 15 letters and digits, like K7QXM-4HTRB-9CWPE.");
    }
}
