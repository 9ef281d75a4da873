package dev.marquee.platform.infrastructure.mail;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

/**
 * TLS sockets that trust the certificates of one file ({@code marquee.mail.smtp.trust-store}): a private
 * CA for a mail server inside the organisation, without turning any check off. The file is PEM (one or
 * more {@code BEGIN CERTIFICATE} blocks) or a key store (PKCS12 or JKS) holding trusted certificates.
 * Only these certificates are trusted for the mail server, not the JDK's own CAs.
 */
final class TrustStores {

    private TrustStores() {
    }

    static SSLSocketFactory socketFactory(Path file, char[] password) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(file, password));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("marquee.mail.smtp.trust-store " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        byte[] content = Files.readAllBytes(file);
        if (new String(content, 0, Math.min(content.length, 4096), StandardCharsets.US_ASCII).contains("-----BEGIN")) {
            return fromPem(content, file);
        }
        return KeyStore.getInstance(file.toFile(), password);
    }

    private static KeyStore fromPem(byte[] content, Path file) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(content));
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException("no certificate in " + file);
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        int i = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("trusted-" + i++, certificate);
        }
        return store;
    }
}
