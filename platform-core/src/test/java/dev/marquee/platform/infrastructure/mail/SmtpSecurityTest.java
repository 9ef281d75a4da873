package dev.marquee.platform.infrastructure.mail;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpSecurityTest {

    @Test
    void withoutTheKeyItIsStartTlsExceptOnTheSmtpsPort() {
        assertThat(SmtpSecurity.resolve(Optional.empty(), 587)).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(SmtpSecurity.resolve(Optional.empty(), 25)).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(SmtpSecurity.resolve(Optional.empty(), 2525)).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(SmtpSecurity.resolve(Optional.of(" "), 587)).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(SmtpSecurity.resolve(Optional.empty(), 465)).isEqualTo(SmtpSecurity.TLS);
    }

    @Test
    void theKeyWinsOnAnyPortAndIgnoresCase() {
        assertThat(SmtpSecurity.resolve(Optional.of("tls"), 587)).isEqualTo(SmtpSecurity.TLS);
        assertThat(SmtpSecurity.resolve(Optional.of("STARTTLS"), 465)).isEqualTo(SmtpSecurity.STARTTLS);
        assertThat(SmtpSecurity.resolve(Optional.of(" None "), 25)).isEqualTo(SmtpSecurity.NONE);
    }

    @Test
    void anUnknownValueIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> SmtpSecurity.resolve(Optional.of("ssl"), 465))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("marquee.mail.smtp.security").hasMessageContaining("starttls, tls or none");
    }
}
