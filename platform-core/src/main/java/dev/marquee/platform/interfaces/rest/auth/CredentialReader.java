package dev.marquee.platform.interfaces.rest.auth;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.auth.AuthenticationMechanism;
import dev.marquee.platform.spi.auth.CredentialField;
import dev.marquee.platform.spi.settings.SettingError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The credentials of a sign-in body, checked against the mechanism's {@link CredentialField}s before the
 * mechanism sees them: a malformed body is the caller's mistake (400), not a failed sign-in.
 */
final class CredentialReader {

    private static final int MAX_NAME_LENGTH = 100;

    private CredentialReader() {
    }

    /**
     * The string credentials {@code body} carries for {@code mechanism}; members it does not declare are
     * left out (all string members, within the defaults, if it declares none).
     *
     * @throws Problem 400 {@code invalid_request}, naming each wrong field
     */
    static Map<String, String> read(Map<String, Object> body, AuthenticationMechanism mechanism) {
        if (body == null) {
            throw Problem.invalid("Send the credentials as a JSON object");
        }
        List<CredentialField> fields = mechanism.credentialFields();
        return fields.isEmpty() ? readUndeclared(body) : readDeclared(body, fields);
    }

    private static Map<String, String> readDeclared(Map<String, Object> body, List<CredentialField> fields) {
        Map<String, String> credentials = new LinkedHashMap<>();
        List<SettingError> errors = new ArrayList<>();
        for (CredentialField field : fields) {
            Object value = body.get(field.name());
            if (value == null) {
                if (field.required()) {
                    errors.add(new SettingError(field.name(), "must not be blank"));
                }
            } else if (!(value instanceof String text)) {
                errors.add(new SettingError(field.name(), "must be a string"));
            } else if (text.length() > field.maxLength()) {
                errors.add(new SettingError(field.name(), "must be at most " + field.maxLength() + " characters"));
            } else if (field.required() && text.isBlank()) {
                errors.add(new SettingError(field.name(), "must not be blank"));
            } else {
                credentials.put(field.name(), text);
            }
        }
        refuseIfAny(errors);
        return credentials;
    }

    private static Map<String, String> readUndeclared(Map<String, Object> body) {
        if (body.size() > AuthenticationMechanism.DEFAULT_MAX_FIELDS) {
            throw Problem.invalid("At most " + AuthenticationMechanism.DEFAULT_MAX_FIELDS + " credentials");
        }
        Map<String, String> credentials = new LinkedHashMap<>();
        List<SettingError> errors = new ArrayList<>();
        body.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (name.length() > MAX_NAME_LENGTH) {
                errors.add(new SettingError("body", "credential names are at most " + MAX_NAME_LENGTH + " characters"));
            } else if (!(value instanceof String text)) {
                errors.add(new SettingError(name, "must be a string"));
            } else if (text.length() > AuthenticationMechanism.DEFAULT_MAX_LENGTH) {
                errors.add(new SettingError(name, "must be at most " + AuthenticationMechanism.DEFAULT_MAX_LENGTH
                        + " characters"));
            } else {
                credentials.put(name, text);
            }
        });
        refuseIfAny(errors);
        return credentials;
    }

    private static void refuseIfAny(List<SettingError> errors) {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.name() + " " + e.message()).collect(Collectors.joining("; "));
            throw new Problem(Problem.Kind.INVALID, "invalid_request", detail, errors, null);
        }
    }
}
