package dev.marquee.platform.infrastructure.mail;

import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.smtp.server.Session;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server (SubEthaSMTP) on loopback that offers STARTTLS and accepts neither AUTH nor mail
 * before it; or, {@link #implicitTls}, one that speaks TLS from the first byte. It records the mails it
 * accepted and every login with whether TLS was on at that moment.
 */
public final class StartTlsServer implements AutoCloseable {

    /** One AUTH the server saw: who, and whether the connection was encrypted by then. */
    public record Login(String username, boolean overTls) {
    }

    private final SMTPServer server;
    private final int port;
    private final List<byte[]> mails = new CopyOnWriteArrayList<>();
    private final List<Login> logins = new CopyOnWriteArrayList<>();

    private StartTlsServer(Path keyStore, String username, String password, boolean implicit, int port) {
        this.port = port;
        SSLContext tls = serverContext(keyStore);
        SMTPServer.Builder builder = SMTPServer.port(port).bindAddress(InetAddress.getLoopbackAddress())
                .messageHandler((context, from, to, data) -> mails.add(data))
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, secret, context) -> {
                    logins.add(new Login(user, implicit || ((Session) context).isTLSStarted()));
                    if (!user.equals(username) || !secret.equals(password)) {
                        throw new LoginFailedException();
                    }
                }))
                .requireAuth();
        if (implicit) {
            builder.serverSocketFactory(tls);
        } else {
            builder.enableTLS().requireTLS().startTlsSocketFactory(tls);
        }
        server = builder.build();
        server.start();
    }

    /** STARTTLS required, then AUTH required, on a free port (or the given one, when not 0). */
    public static StartTlsServer startTls(Path keyStore, String username, String password, int port) {
        return new StartTlsServer(keyStore, username, password, false, port == 0 ? freePort() : port);
    }

    /** TLS from the first byte, then AUTH required, on a free port. */
    public static StartTlsServer implicitTls(Path keyStore, String username, String password) {
        return new StartTlsServer(keyStore, username, password, true, freePort());
    }

    public int port() {
        return port;
    }

    /** The raw messages accepted so far. */
    public List<byte[]> mails() {
        return List.copyOf(mails);
    }

    public List<Login> logins() {
        return List.copyOf(logins);
    }

    @Override
    public void close() {
        server.stop();
    }

    private static SSLContext serverContext(Path keyStore) {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, TestCertificates.PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, TestCertificates.PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
