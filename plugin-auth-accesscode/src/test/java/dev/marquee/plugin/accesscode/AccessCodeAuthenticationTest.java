package dev.marquee.plugin.accesscode;

import dev.marquee.platform.application.attendee.AccessCodeService;
import dev.marquee.platform.application.attendee.CodeCheck;
import dev.marquee.platform.spi.auth.AuthenticationResult;
import dev.marquee.platform.spi.auth.CredentialRequest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodeAuthenticationTest {

    /** Answers every code with the same check. */
    private static AccessCodeAuthentication answering(CodeCheck check) {
        AccessCodeAuthentication mechanism = new AccessCodeAuthentication();
        mechanism.codes = new AccessCodeService() {
            @Override
            public CodeCheck check(String typed) {
                return check;
            }
        };
        return mechanism;
    }

    private static AuthenticationResult signIn(AccessCodeAuthentication mechanism) {
        return mechanism.authenticate(new CredentialRequest(Map.of("code", "AAAAA-BBBBB-CCCCC"), "10.0.0.1"));
    }

    @Test
    void eachRefusalHasItsOwnReason() {
        assertThat(((AuthenticationResult.Failure) signIn(answering(new CodeCheck.Unknown()))).reason())
                .isEqualTo("code_invalid");
        assertThat(((AuthenticationResult.Failure) signIn(answering(new CodeCheck.Replaced()))).reason())
                .isEqualTo("code_replaced");
        assertThat(((AuthenticationResult.Failure) signIn(answering(new CodeCheck.Expired()))).reason())
                .isEqualTo("code_expired");
        AuthenticationResult.Failure revoked = (AuthenticationResult.Failure) signIn(answering(new CodeCheck.Revoked()));
        assertThat(revoked.reason()).isEqualTo("code_revoked");
        assertThat(revoked.message()).contains("cancelled or refunded");
    }

    @Test
    void manyWrongCodesNeverThrottleEveryoneHere() {
        AccessCodeAuthentication mechanism = answering(new CodeCheck.Unknown());
        for (int i = 0; i < 1000; i++) {
            assertThat(signIn(mechanism)).as("limits are core's, per source").isInstanceOf(AuthenticationResult.Failure.class);
        }
    }
}
