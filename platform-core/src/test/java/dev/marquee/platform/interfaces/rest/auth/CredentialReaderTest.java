package dev.marquee.platform.interfaces.rest.auth;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.auth.AuthenticationMechanism;
import dev.marquee.platform.spi.auth.AuthenticationResult;
import dev.marquee.platform.spi.auth.CredentialField;
import dev.marquee.platform.spi.auth.CredentialRequest;
import dev.marquee.platform.spi.settings.SettingError;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CredentialReaderTest {

    /** A mechanism declaring these fields (none: the defaults apply). */
    private static AuthenticationMechanism declaring(CredentialField... fields) {
        return new AuthenticationMechanism() {
            @Override
            public List<CredentialField> credentialFields() {
                return List.of(fields);
            }

            @Override
            public AuthenticationResult authenticate(CredentialRequest request) {
                throw new AssertionError("not called by the reader");
            }

            @Override
            public String id() {
                return "test";
            }

            @Override
            public String displayName() {
                return "Test";
            }
        };
    }

    private static List<SettingError> refusal(Map<String, Object> body, AuthenticationMechanism mechanism) {
        Problem problem = catchThrowableOfType(Problem.class, () -> CredentialReader.read(body, mechanism));
        assertThat(problem).isNotNull();
        assertThat(problem.kind()).isEqualTo(Problem.Kind.INVALID);
        assertThat(problem.error()).isEqualTo("invalid_request");
        return problem.fields();
    }

    @Test
    void declaredFieldsArePassedOnAndOthersLeftOut() {
        AuthenticationMechanism code = declaring(CredentialField.required("code", 64));
        assertThat(CredentialReader.read(Map.of("code", "ABCDE-FGHIJ-KLMNO", "next", "/e/x"), code))
                .containsExactly(Map.entry("code", "ABCDE-FGHIJ-KLMNO"));
    }

    @Test
    void aMissingBlankLongOrNonStringRequiredFieldIsRefusedByName() {
        AuthenticationMechanism code = declaring(CredentialField.required("code", 64));
        assertThat(refusal(Map.of(), code)).extracting(SettingError::name).containsExactly("code");
        assertThat(refusal(Map.of("code", "  "), code)).extracting(SettingError::message).containsExactly("must not be blank");
        assertThat(refusal(Map.of("code", "A".repeat(65)), code)).extracting(SettingError::message)
                .containsExactly("must be at most 64 characters");
        assertThat(refusal(Map.of("code", 42), code)).extracting(SettingError::message).containsExactly("must be a string");
        assertThat(CredentialReader.read(Map.of("code", "A".repeat(64)), code)).containsKey("code");
    }

    @Test
    void anOptionalFieldMayBeLeftOutOrBlank() {
        AuthenticationMechanism mechanism = declaring(CredentialField.required("email", 320),
                CredentialField.optional("otp", 8));
        assertThat(CredentialReader.read(Map.of("email", "a@example.org"), mechanism)).containsOnlyKeys("email");
        assertThat(CredentialReader.read(Map.of("email", "a@example.org", "otp", ""), mechanism))
                .containsEntry("otp", "");
        assertThat(refusal(Map.of("email", "a@example.org", "otp", "123456789"), mechanism))
                .extracting(SettingError::name).containsExactly("otp");
    }

    @Test
    void withoutDeclaredFieldsStringMembersPassWithinTheDefaults() {
        AuthenticationMechanism open = declaring();
        assertThat(CredentialReader.read(Map.of("user", "ada", "token", "t"), open)).containsOnlyKeys("user", "token");
        assertThat(refusal(Map.of("user", List.of("ada")), open)).extracting(SettingError::name).containsExactly("user");
        assertThat(refusal(Map.of("user", "a".repeat(AuthenticationMechanism.DEFAULT_MAX_LENGTH + 1)), open))
                .extracting(SettingError::name).containsExactly("user");
        Map<String, Object> many = new HashMap<>();
        for (int i = 0; i <= AuthenticationMechanism.DEFAULT_MAX_FIELDS; i++) {
            many.put("f" + i, "v");
        }
        assertThatThrownBy(() -> CredentialReader.read(many, open)).isInstanceOf(Problem.class);
    }

    @Test
    void noBodyIsRefused() {
        assertThatThrownBy(() -> CredentialReader.read(null, declaring())).isInstanceOf(Problem.class)
                .hasMessageContaining("JSON object");
    }

    @Test
    void aFieldNeedsANameAndARoomyLength() {
        assertThatThrownBy(() -> CredentialField.required(" ", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CredentialField.optional("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
