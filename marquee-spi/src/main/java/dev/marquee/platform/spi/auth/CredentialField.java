package dev.marquee.platform.spi.auth;

/**
 * One credential a mechanism's sign-in request carries ({@code code}, {@code email}, ...): its name in
 * the JSON body, the most characters it may have and whether it must be present and not blank. Core
 * checks a request against a mechanism's fields before calling
 * {@link AuthenticationMechanism#authenticate}: a missing required field, a value that is not a string
 * or a longer one is refused with 400 {@code invalid_request}, and does not count as a failed sign-in.
 *
 * <p>Make fields with {@link #required} or {@link #optional}; the canonical constructor may gain
 * components in a later version.
 *
 * @since 0.1.0
 */
public record CredentialField(String name, int maxLength, boolean required) {

    public CredentialField {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A credential field needs a name");
        }
        if (maxLength < 1) {
            throw new IllegalArgumentException("A credential field's maxLength must be at least 1");
        }
    }

    /** A field that must be present and not blank, of at most {@code maxLength} characters. */
    public static CredentialField required(String name, int maxLength) {
        return new CredentialField(name, maxLength, true);
    }

    /** A field that may be left out, of at most {@code maxLength} characters. */
    public static CredentialField optional(String name, int maxLength) {
        return new CredentialField(name, maxLength, false);
    }
}
