package dev.marquee.platform.application.access;

import dev.marquee.platform.infrastructure.security.PlatformSecret;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultOpaquePersonIdsTest {

    private static final PlatformSecret SECRET = new PlatformSecret("a test secret that is long enough for hmac keys");

    @Test
    void aPluginGetsTheIdsCoreSends() {
        DefaultOpaquePersonIds published = new DefaultOpaquePersonIds();
        published.ids = new PersonIds(SECRET);
        PersonIds core = new PersonIds(SECRET);

        assertThat(published.of("account:1")).isEqualTo(core.of("account:1")).startsWith("p-").hasSize(22);
        assertThat(published.of("guest:abc")).isEqualTo(core.of("guest:abc")).isNotEqualTo(published.of("account:1"));
    }
}
