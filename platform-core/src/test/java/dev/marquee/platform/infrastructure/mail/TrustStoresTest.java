package dev.marquee.platform.infrastructure.mail;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustStoresTest {

    @TempDir
    static Path dir;
    private static TestCertificates ca;

    @BeforeAll
    static void makeCa() {
        ca = TestCertificates.newCa(dir);
    }

    @Test
    void aPemFileGivesItsCertificates() throws Exception {
        KeyStore store = TrustStores.load(ca.caPem(), null);
        assertThat(Collections.list(store.aliases())).hasSize(1);
        assertThat(store.getCertificate("trusted-0").toString()).contains("CN=Marquee Test CA");
        assertThat(TrustStores.socketFactory(ca.caPem(), null)).isNotNull();
    }

    @Test
    void aPkcs12KeyStoreIsReadWithItsPassword() throws Exception {
        KeyStore store = TrustStores.load(dir.resolve("ca.p12"), TestCertificates.PASSWORD.toCharArray());
        assertThat(store.isKeyEntry("ca")).isTrue();
    }

    @Test
    void anUnreadableFileIsAnErrorNamingTheKey() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
        assertThatThrownBy(() -> TrustStores.socketFactory(junk, null))
                .hasMessageContaining("marquee.mail.smtp.trust-store").hasMessageContaining("junk.pem");
        assertThatThrownBy(() -> TrustStores.socketFactory(dir.resolve("missing.pem"), null))
                .hasMessageContaining("marquee.mail.smtp.trust-store");
    }
}
