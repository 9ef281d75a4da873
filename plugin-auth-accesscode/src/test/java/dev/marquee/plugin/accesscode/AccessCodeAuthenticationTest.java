package dev.marquee.plugin.accesscode;

import dev.marquee.platform.spi.auth.AccessCodeCheck;
import dev.marquee.platform.spi.auth.AuthenticationResult;
import dev.marquee.platform.spi.auth.CredentialRequest;
import dev.marquee.platform.spi.auth.Identity;
import dev.marquee.platform.spi.auth.Role;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodeAuthenticationTest {

    /** Answers every code with the same check. */
    private static AccessCodeAuthentication answering(AccessCodeCheck check) {
        AccessCodeAuthentication mechanism = new AccessCodeAuthentication();
        mechanism.codes = typed -> check;
        return mechanism;
    }

    private static AuthenticationResult signIn(AccessCodeAuthentication mechanism) {
        return mechanism.authenticate(new CredentialRequest(Map.of("code", "AAAAA-BBBBB-CCCCC"), "10.0.0.1"));
    }

    @Test
    void aValidCodeSignsTheAttendeeInAsAViewerOfTheirEvent() {
        AuthenticationResult result = signIn(answering(
                new AccessCodeCheck.Valid("attendee:40", "Ada Lovelace", "ada@example.org", 7)));

        Identity identity = ((AuthenticationResult.Success) result).identity();
        assertThat(identity).isEqualTo(Identity.builder("attendee:40").displayName("Ada Lovelace")
                .email("ada@example.org").roles(Set.of(Role.VIEWER)).eventId(7L).build());
    }

    @Test
    void theTypedCodeIsWhatIsChecked() {
        AccessCodeAuthentication mechanism = new AccessCodeAuthentication();
        String[] asked = new String[1];
        mechanism.codes = typed -> {
            asked[0] = typed;
            return new AccessCodeCheck.Unknown();
        };
        signIn(mechanism);
        assertThat(asked[0]).isEqualTo("AAAAA-BBBBB-CCCCC");
    }

    @Test
    void eachRefusalHasItsOwnReason() {
        assertThat(((AuthenticationResult.Failure) signIn(answering(new AccessCodeCheck.Unknown()))).reason())
                .isEqualTo("code_invalid");
        assertThat(((AuthenticationResult.Failure) signIn(answering(new AccessCodeCheck.Replaced()))).reason())
                .isEqualTo("code_replaced");
        assertThat(((AuthenticationResult.Failure) signIn(answering(new AccessCodeCheck.Expired()))).reason())
                .isEqualTo("code_expired");
        AuthenticationResult.Failure revoked = (AuthenticationResult.Failure) signIn(answering(new AccessCodeCheck.Revoked()));
        assertThat(revoked.reason()).isEqualTo("code_revoked");
        assertThat(revoked.message()).contains("cancelled or refunded");
    }

    @Test
    void manyWrongCodesNeverThrottleEveryoneHere() {
        AccessCodeAuthentication mechanism = answering(new AccessCodeCheck.Unknown());
        for (int i = 0; i < 1000; i++) {
            assertThat(signIn(mechanism)).as("limits are core's, per source").isInstanceOf(AuthenticationResult.Failure.class);
        }
    }
}
