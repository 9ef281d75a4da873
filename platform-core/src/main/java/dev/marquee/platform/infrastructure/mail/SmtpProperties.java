package dev.marquee.platform.infrastructure.mail;

import javax.net.ssl.SSLSocketFactory;
import java.util.Properties;

/**
 * The Jakarta Mail session properties for a server and its {@link SmtpSecurity}. With TLS of either
 * kind the server's certificate must chain to a trusted CA (the trust store's, when one is given) and
 * name the host Marquee connects to; STARTTLS is required, so a server that does not offer it is left
 * before AUTH or any mail.
 */
final class SmtpProperties {

    private SmtpProperties() {
    }

    static Properties of(String host, int port, SmtpSecurity security, boolean auth, SSLSocketFactory trusted) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.auth", String.valueOf(auth));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.writetimeout", "30000");
        boolean starttls = security == SmtpSecurity.STARTTLS;
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        props.put("mail.smtp.ssl.enable", String.valueOf(security == SmtpSecurity.TLS));
        if (security != SmtpSecurity.NONE) {
            props.put("mail.smtp.ssl.checkserveridentity", "true");
            if (trusted != null) {
                // Used for implicit TLS and for the STARTTLS upgrade alike.
                props.put("mail.smtp.ssl.socketFactory", trusted);
            }
        }
        return props;
    }
}
