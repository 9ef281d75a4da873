package dev.marquee.plugin.accesscode;

import dev.marquee.platform.application.attendee.AccessCodeService;
import dev.marquee.platform.application.attendee.CodeCheck;
import dev.marquee.platform.spi.auth.AuthenticationResult;
import dev.marquee.platform.spi.auth.CredentialRequest;
import dev.marquee.platform.infrastructure.cluster.GridMembers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodeAuthenticationTest {

    private static GridMembers grid;

    @BeforeAll
    static void startGrid() {
        grid = GridMembers.started(1);
    }

    @AfterAll
    static void stopGrid() {
        grid.close();
    }

    /** Answers every code with the same check. */
    private static AccessCodeAuthentication answering(CodeCheck check, int globalLimit) {
        AccessCodeAuthentication mechanism = new AccessCodeAuthentication();
        mechanism.codes = new AccessCodeService() {
            @Override
            public CodeCheck check(String typed) {
                return check;
            }
        };
        mechanism.globalFailuresPerMinute = globalLimit;
        mechanism.grid = grid.grid(0);
        grid.member(0).getMap("marquee.rate.access-code-failures").clear();
        mechanism.init();
        return mechanism;
    }

    private static AuthenticationResult signIn(AccessCodeAuthentication mechanism) {
        return mechanism.authenticate(new CredentialRequest(Map.of("code", "AAAAA-BBBBB-CCCCC"), "10.0.0.1"));
    }

    @Test
    void eachRefusalHasItsOwnReason() {
        assertThat(((AuthenticationResult.Failure) signIn(answering(new CodeCheck.Unknown(), 100))).reason())
                .isEqualTo("code_invalid");
        assertThat(((AuthenticationResult.Failure) signIn(answering(new CodeCheck.Replaced(), 100))).reason())
                .isEqualTo("code_replaced");
        assertThat(((AuthenticationResult.Failure) signIn(answering(new CodeCheck.Expired(), 100))).reason())
                .isEqualTo("code_expired");
        AuthenticationResult.Failure revoked = (AuthenticationResult.Failure) signIn(answering(new CodeCheck.Revoked(), 100));
        assertThat(revoked.reason()).isEqualTo("code_revoked");
        assertThat(revoked.message()).contains("cancelled or refunded");
    }

    @Test
    void failuresFromAllAddressesTogetherAreThrottled() {
        AccessCodeAuthentication mechanism = answering(new CodeCheck.Unknown(), 3);
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(mechanism)).isInstanceOf(AuthenticationResult.Failure.class);
        }
        assertThat(signIn(mechanism)).isInstanceOf(AuthenticationResult.Throttled.class);
    }
}
