package dev.marquee.platform.infrastructure.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private CA and server certificates signed by it, made at test time with the JDK's keytool (nothing
 * checked in, nothing downloaded): what an organisation's own mail relay has. Shared with the system
 * tests through core's test JAR.
 */
public final class TestCertificates {

    /** The password of every key store made here (also GreenMail's default). */
    public static final String PASSWORD = "changeit";

    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** A new CA in {@code dir}: {@code ca.p12} holding its key, {@code ca.pem} its certificate. */
    public static TestCertificates newCa(Path dir) {
        TestCertificates ca = new TestCertificates(dir);
        ca.keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3",
                "-dname", "CN=Marquee Test CA", "-ext", "bc:c", "-keystore", ca.file("ca.p12"), "-storetype", "PKCS12",
                "-storepass", PASSWORD);
        ca.keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.file("ca.p12"), "-storepass", PASSWORD,
                "-file", ca.file("ca.pem"));
        return ca;
    }

    /** The CA's certificate, PEM: what {@code marquee.mail.smtp.trust-store} points at. */
    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    /**
     * A PKCS12 key store ({@link #PASSWORD}) with a server key and its certificate, signed by this CA,
     * for the names given as keytool SAN entries ({@code ip:127.0.0.1}, {@code dns:localhost}).
     */
    public Path serverKeyStore(String name, String... subjectAltNames) {
        String store = file(name + ".p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3",
                "-dname", "CN=" + name, "-keystore", store, "-storetype", "PKCS12", "-storepass", PASSWORD);
        keytool("-certreq", "-alias", "server", "-keystore", store, "-storepass", PASSWORD, "-file", file(name + ".csr"));
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", file("ca.p12"), "-storepass", PASSWORD,
                "-infile", file(name + ".csr"), "-outfile", file(name + ".pem"), "-validity", "3",
                "-ext", "san=" + String.join(",", subjectAltNames), "-ext", "eku=serverAuth");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", file("ca.pem"), "-keystore", store,
                "-storepass", PASSWORD);
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", file(name + ".pem"), "-keystore", store,
                "-storepass", PASSWORD);
        return dir.resolve(name + ".p12");
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private void keytool(String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(dir);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
