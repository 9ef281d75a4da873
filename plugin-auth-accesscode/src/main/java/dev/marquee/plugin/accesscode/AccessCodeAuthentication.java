package dev.marquee.plugin.accesscode;

import dev.marquee.platform.spi.auth.AccessCodeCheck;
import dev.marquee.platform.spi.auth.AccessCodes;
import dev.marquee.platform.spi.auth.AuthenticationMechanism;
import dev.marquee.platform.spi.auth.AuthenticationResult;
import dev.marquee.platform.spi.auth.CredentialField;
import dev.marquee.platform.spi.auth.CredentialRequest;
import dev.marquee.platform.spi.auth.Identity;
import dev.marquee.platform.spi.auth.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * An attendee's access code admits them to their event as a viewer. Wrong, replaced, expired and
 * revoked codes each get their own message. Guessing is held back by core's sign-in limits (per
 * address, per network, and tighter for failing addresses when many fail at once); there is no limit
 * here that would refuse everyone, since a code has about 72 bits of randomness and junk from many
 * addresses must not lock out the people holding valid codes (docs/security.md).
 *
 * <p>Core serves it at {@code POST /api/v1/auth/access-code {"code"}} like every mechanism, and keeps at
 * most {@code marquee.access-code.max-devices} sessions per attendee (this plugin's default: 2).
 */
@ApplicationScoped
public class AccessCodeAuthentication implements AuthenticationMechanism {

    public static final String ID = "access-code";

    @Inject
    AccessCodes codes;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Access code";
    }

    /** The code as typed: any case, with or without dashes, at most 64 characters. */
    @Override
    public List<CredentialField> credentialFields() {
        return List.of(CredentialField.required("code", 64));
    }

    @Override
    public AuthenticationResult authenticate(CredentialRequest request) {
        AccessCodeCheck check = codes.check(request.get("code"));
        if (check instanceof AccessCodeCheck.Valid a) {
            return new AuthenticationResult.Success(Identity.builder(a.subject()).displayName(a.displayName())
                    .email(a.email()).roles(Set.of(Role.VIEWER)).eventId(a.eventId()).build());
        }
        if (check instanceof AccessCodeCheck.Replaced) {
            return new AuthenticationResult.Failure("code_replaced",
                    "This code was replaced by a newer one. Use the code from your most recent email.");
        }
        if (check instanceof AccessCodeCheck.Expired) {
            return new AuthenticationResult.Failure("code_expired",
                    "This code has expired. Have a new one sent to you under \u201cLost your code?\u201d, or ask the organizer.");
        }
        if (check instanceof AccessCodeCheck.Revoked) {
            return new AuthenticationResult.Failure("code_revoked",
                    "This ticket was cancelled or refunded, so its code no longer admits anyone.");
        }
        return new AuthenticationResult.Failure("code_invalid",
                "This code is not valid. Check it against your email: 15 letters and digits in three groups of five.");
    }
}
