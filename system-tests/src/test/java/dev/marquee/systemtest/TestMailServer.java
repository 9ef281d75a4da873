package dev.marquee.systemtest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) in the test JVM, and reading the access codes out of what it received. */
final class TestMailServer implements ExtensionContext.Store.CloseableResource {

    static final Pattern CODE = Pattern.compile("\\b([2-9A-Z]{5}-[2-9A-Z]{5}-[2-9A-Z]{5})\\b");

    private final GreenMail greenMail;
    private final int port;

    private TestMailServer(GreenMail greenMail, int port) {
        this.greenMail = greenMail;
        this.port = port;
    }

    static TestMailServer start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return new TestMailServer(mail, port);
    }

    int port() {
        return port;
    }

    /** The mails to {@code recipient}, waiting up to 30 s until there are at least {@code count}. */
    List<Message> awaitMails(String recipient, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<Message> mails = mailsTo(recipient);
            if (mails.size() >= count) {
                return mails;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " mail(s) to " + recipient + ", got " + mails.size());
            }
            MarqueeServer.sleep(200);
        }
    }

    /** The access code in the newest of at least {@code count} mails to {@code recipient}. */
    String awaitCode(String recipient, int count) {
        List<Message> mails = awaitMails(recipient, count);
        String body = GreenMailUtil.getWholeMessage(mails.get(mails.size() - 1));
        Matcher matcher = CODE.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No access code in the mail to " + recipient + ":\n" + body);
        }
        return matcher.group(1);
    }

    List<Message> mailsTo(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                return false;
            }
        }).map(m -> (Message) m).toList();
    }

    /** Every mail received so far. */
    List<Message> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(m -> (Message) m).toList();
    }

    static String to(Message message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress().toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(Message message) {
        try {
            return message.getHeader("Message-ID")[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
