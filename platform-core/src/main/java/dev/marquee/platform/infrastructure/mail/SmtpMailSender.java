package dev.marquee.platform.infrastructure.mail;

import dev.marquee.platform.application.mail.MailSender;
import dev.marquee.platform.domain.model.mail.OutboxMail;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends outbox mails through the SMTP server of {@code marquee.mail.smtp.*}, as text with an HTML
 * alternative, protected as {@link SmtpSecurity} says (STARTTLS required unless configured otherwise).
 * A server that does not meet it is {@linkplain Refused refused} before anything is sent.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(SmtpMailSender.class.getName());

    @Inject
    @ConfigProperty(name = "marquee.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "marquee.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "marquee.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "marquee.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "marquee.mail.smtp.security")
    Optional<String> security;

    /** The older switch, read only to say that {@code false} no longer means clear text. */
    @Inject
    @ConfigProperty(name = "marquee.mail.smtp.starttls")
    Optional<Boolean> starttls;

    @Inject
    @ConfigProperty(name = "marquee.mail.smtp.trust-store")
    Optional<String> trustStore;

    @Inject
    @ConfigProperty(name = "marquee.mail.smtp.trust-store-password")
    Optional<String> trustStorePassword;

    @Inject
    @ConfigProperty(name = "marquee.mail.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private Session session;
    private SmtpSecurity mode;

    @PostConstruct
    void init() {
        mode = SmtpSecurity.resolve(security, port);
        SSLSocketFactory trusted = trustStore.filter(t -> !t.isBlank())
                .map(t -> TrustStores.socketFactory(Path.of(t), trustStorePassword.map(String::toCharArray).orElse(null)))
                .orElse(null);
        session = Session.getInstance(SmtpProperties.of(host.orElse("localhost"), port, mode, username.isPresent(), trusted));
        if (configured()) {
            LOG.info(() -> "Mail goes to " + server() + " with " + describe(mode)
                    + (trusted == null ? "" : ", trusting the certificates in " + trustStore.get()));
            if (security.isEmpty() && starttls.isPresent() && !starttls.get()) {
                LOG.warning("marquee.mail.smtp.starttls=false no longer sends mail in clear text: STARTTLS is required. "
                        + "Set marquee.mail.smtp.security=none to send unencrypted on purpose.");
            }
            if (mode == SmtpSecurity.NONE && starttls.orElse(false)) {
                LOG.warning("marquee.mail.smtp.security=none overrides marquee.mail.smtp.starttls=true: mail goes out "
                        + "in clear text");
            }
        }
    }

    private static String describe(SmtpSecurity mode) {
        return switch (mode) {
            case STARTTLS -> "STARTTLS required (marquee.mail.smtp.security=starttls)";
            case TLS -> "TLS from the first byte (marquee.mail.smtp.security=tls)";
            case NONE -> "no encryption: credentials and mails travel in clear text (marquee.mail.smtp.security=none)";
        };
    }

    private String server() {
        return host.orElse("localhost") + ":" + port;
    }

    @Override
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public Route route() {
        return new Route(configured() ? server() : null, mode.key(), sender());
    }

    private String sender() {
        return from.filter(f -> !f.isBlank()).orElse("Marquee <no-reply@" + domain() + ">");
    }

    @Override
    public Connection connect() throws MessagingException, Refused {
        Transport transport = session.getTransport("smtp");
        try {
            transport.connect(host.orElse("localhost"), port, username.orElse(null), password.orElse(null));
        } catch (MessagingException e) {
            Refused refused = refusal(e);
            if (refused != null) {
                throw refused;
            }
            throw e;
        }
        return new Connection() {
            @Override
            public void send(OutboxMail mail) throws MessagingException {
                MimeMessage message = compose(mail);
                transport.sendMessage(message, message.getAllRecipients());
            }

            @Override
            public void close() {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // the mails are sent or recorded as failed already
                }
            }
        };
    }

    /** The refusal a failed connection amounts to, or null when the server was just not reachable. */
    Refused refusal(MessagingException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof CertificateException) {
                return new Refused("Nothing sent: TLS with the mail server " + server() + " failed (" + t.getMessage()
                        + "). A certificate from a private CA needs marquee.mail.smtp.trust-store (the CA's certificate, "
                        + "PEM or PKCS12); marquee.mail.smtp.host must be a name the certificate holds; "
                        + "marquee.mail.smtp.security=tls needs a port that speaks TLS at once (465), "
                        + "starttls one that offers STARTTLS (587, 25).", failure);
            }
        }
        String text = String.valueOf(failure.getMessage()).toUpperCase(Locale.ROOT);
        if (mode == SmtpSecurity.STARTTLS && text.contains("STARTTLS")) {
            return new Refused("Nothing sent: the mail server " + server() + " does not offer STARTTLS, which "
                    + "marquee.mail.smtp.security=starttls (the default) requires, so no password and no mail went out "
                    + "in clear text. Turn on STARTTLS at the server, use its TLS port with "
                    + "marquee.mail.smtp.security=tls (usually port 465), or, only on a network you trust, "
                    + "set marquee.mail.smtp.security=none.", failure);
        }
        return null;
    }

    private MimeMessage compose(OutboxMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, "<outbox-" + mail.id() + "." + mail.createdAt().toEpochMilli()
                + "@" + domain() + ">");
        message.setFrom(new InternetAddress(sender()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textBody(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        if (mail.htmlBody() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.htmlBody(), "text/html; charset=UTF-8");
            alternatives.addBodyPart(html);
        }
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    private String domain() {
        String h = URI.create(publicUrl).getHost();
        return h == null ? "localhost" : h;
    }

    /** Keeps the Message-ID derived from the outbox row, so a repeat after a crash is recognisable. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
