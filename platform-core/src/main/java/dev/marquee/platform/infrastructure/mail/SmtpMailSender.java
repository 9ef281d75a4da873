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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** Sends outbox mails through the SMTP server of {@code marquee.mail.smtp.*}, as text with an HTML alternative. */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

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
    @ConfigProperty(name = "marquee.mail.smtp.starttls", defaultValue = "false")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "marquee.mail.from")
    Optional<String> from;

    @Inject
    @ConfigProperty(name = "marquee.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    private Session session;

    @PostConstruct
    void init() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host.orElse("localhost"));
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.writetimeout", "30000");
        session = Session.getInstance(props);
    }

    @Override
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public Connection connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect(host.orElse("localhost"), port, username.orElse(null), password.orElse(null));
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

    private MimeMessage compose(OutboxMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, "<outbox-" + mail.id() + "." + mail.createdAt().toEpochMilli()
                + "@" + domain() + ">");
        message.setFrom(new InternetAddress(from.orElse("Marquee <no-reply@" + domain() + ">")));
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
