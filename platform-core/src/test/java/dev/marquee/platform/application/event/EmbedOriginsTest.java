package dev.marquee.platform.application.event;

import dev.marquee.platform.spi.web.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbedOriginsTest {

    @Test
    void originsAreNormalizedAndDeduplicated() {
        assertThat(EmbedOrigins.check(List.of("https://Example.org/", "https://example.org:443", "https://site.example:8443",
                "http://localhost:5173", "http://127.0.0.1")))
                .containsExactly("https://example.org", "https://site.example:8443", "http://localhost:5173", "http://127.0.0.1");
        assertThat(EmbedOrigins.check(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org", "https://example.org/page", "https://*.example.org", "example.org",
        "https://a.org; script-src *", "https://user@example.org", "https://example.org?x=1", "javascript:alert(1)", "",
        "https://exa mple.org", "'self'"})
    void anythingButAnOriginIsRefused(String value) {
        assertThatThrownBy(() -> EmbedOrigins.check(List.of(value))).isInstanceOf(Problem.class)
                .satisfies(p -> assertThat(((Problem) p).kind()).isEqualTo(Problem.Kind.INVALID));
    }

    @Test
    void atMostTwenty() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("https://site" + i + ".example");
        }
        assertThatThrownBy(() -> EmbedOrigins.check(many)).isInstanceOf(Problem.class).hasMessageContaining("20");
        assertThat(EmbedOrigins.check(many.subList(0, 20))).hasSize(20);
    }

    @Test
    void storedFormRoundTrips() {
        List<String> origins = List.of("https://a.example", "http://localhost:8080");
        assertThat(EmbedOrigins.split(EmbedOrigins.join(origins))).isEqualTo(origins);
        assertThat(EmbedOrigins.join(List.of())).isNull();
        assertThat(EmbedOrigins.split(null)).isEmpty();
    }
}
