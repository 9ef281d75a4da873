package dev.marquee.platform.infrastructure.mail;

import java.util.Locale;
import java.util.Optional;

/**
 * How the connection to the SMTP server is protected ({@code marquee.mail.smtp.security}). Nothing is
 * sent in clear text unless an operator asks for {@link #NONE} by name.
 */
public enum SmtpSecurity {

    /** Plain connection upgraded with STARTTLS before anything else; a server without it gets nothing. */
    STARTTLS("starttls"),
    /** TLS from the first byte (SMTPS, "implicit TLS", usually port 465). */
    TLS("tls"),
    /** Clear text: credentials and mails readable on the network. Only when set explicitly. */
    NONE("none");

    /** The port where SMTP speaks TLS from the first byte (RFC 8314). */
    static final int SMTPS_PORT = 465;

    private final String key;

    SmtpSecurity(String key) {
        this.key = key;
    }

    /** The value as written in the configuration. */
    public String key() {
        return key;
    }

    /**
     * The security for the configured values: {@code marquee.mail.smtp.security} when set; otherwise
     * {@link #TLS} on port 465 and {@link #STARTTLS} on any other port. The older
     * {@code marquee.mail.smtp.starttls} key never lowers this: {@code true} asks for STARTTLS, which is
     * the default anyway, and {@code false} no longer means clear text.
     */
    public static SmtpSecurity resolve(Optional<String> security, int port) {
        if (security.isPresent() && !security.get().isBlank()) {
            return parse(security.get());
        }
        return port == SMTPS_PORT ? TLS : STARTTLS;
    }

    static SmtpSecurity parse(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (SmtpSecurity s : values()) {
            if (s.key.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("marquee.mail.smtp.security must be starttls, tls or none, not '" + value + "'");
    }
}
