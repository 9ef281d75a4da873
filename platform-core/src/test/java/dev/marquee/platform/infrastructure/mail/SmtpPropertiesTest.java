package dev.marquee.platform.infrastructure.mail;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLSocketFactory;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpPropertiesTest {

    private static final SSLSocketFactory TRUSTED = (SSLSocketFactory) SSLSocketFactory.getDefault();

    @Test
    void startTlsIsRequiredAndTheServerIdentityChecked() {
        Properties p = SmtpProperties.of("mail.example.org", 587, SmtpSecurity.STARTTLS, true, null);
        assertThat(p).containsEntry("mail.smtp.host", "mail.example.org").containsEntry("mail.smtp.port", "587")
                .containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.enable", "false")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .doesNotContainKey("mail.smtp.ssl.socketFactory").doesNotContainKey("mail.smtp.ssl.trust");
    }

    @Test
    void implicitTlsUsesSslFromTheFirstByte() {
        Properties p = SmtpProperties.of("mail.example.org", 465, SmtpSecurity.TLS, false, null);
        assertThat(p).containsEntry("mail.smtp.ssl.enable", "true").containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth", "false");
    }

    @Test
    void aTrustStoreServesBothKindsOfTls() {
        assertThat(SmtpProperties.of("h", 587, SmtpSecurity.STARTTLS, false, TRUSTED))
                .containsEntry("mail.smtp.ssl.socketFactory", TRUSTED);
        assertThat(SmtpProperties.of("h", 465, SmtpSecurity.TLS, false, TRUSTED))
                .containsEntry("mail.smtp.ssl.socketFactory", TRUSTED);
    }

    @Test
    void noneIsClearTextWithNothingAboutTls() {
        Properties p = SmtpProperties.of("h", 25, SmtpSecurity.NONE, false, TRUSTED);
        assertThat(p).containsEntry("mail.smtp.starttls.enable", "false").containsEntry("mail.smtp.starttls.required", "false")
                .containsEntry("mail.smtp.ssl.enable", "false").doesNotContainKey("mail.smtp.ssl.socketFactory");
    }
}
