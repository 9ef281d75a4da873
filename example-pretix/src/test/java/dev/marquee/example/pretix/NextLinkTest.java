package dev.marquee.example.pretix;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code next} links are followed only on the first page's origin and path. */
class NextLinkTest {

    private static final URI FIRST = URI.create("https://pretix.example/api/v1/organizers/o/events/e/orders/?testmode=false");

    @Test
    void followsTheNextPageOfTheSameList() throws Exception {
        assertThat(NextLink.follow(FIRST, "https://pretix.example/api/v1/organizers/o/events/e/orders/?page=2"))
                .isEqualTo(URI.create("https://pretix.example/api/v1/organizers/o/events/e/orders/?page=2"));
        assertThat(NextLink.follow(FIRST, "https://PRETIX.example:443/api/v1/organizers/o/events/e/orders/?page=3"))
                .hasHost("PRETIX.example");
        assertThat(NextLink.follow(FIRST, "/api/v1/organizers/o/events/e/orders/?page=4"))
                .isEqualTo(URI.create("https://pretix.example/api/v1/organizers/o/events/e/orders/?page=4"));
    }

    @Test
    void refusesAnotherServerSchemePortOrPath() {
        for (String next : new String[] {
                "https://attacker.example/api/v1/organizers/o/events/e/orders/?page=2",
                "http://pretix.example/api/v1/organizers/o/events/e/orders/?page=2",
                "https://pretix.example:8443/api/v1/organizers/o/events/e/orders/?page=2",
                "https://pretix.example.attacker.example/api/v1/organizers/o/events/e/orders/?page=2",
                "https://user@pretix.example/api/v1/organizers/o/events/e/orders/?page=2",
                "https://pretix.example/api/v1/organizers/o/events/other/orders/?page=2",
                "//attacker.example/api/v1/organizers/o/events/e/orders/",
                "ht tp://broken"}) {
            assertThatThrownBy(() -> NextLink.follow(FIRST, next)).as(next).isInstanceOf(NextLink.Refused.class)
                    .hasMessageNotContaining("attacker");
        }
    }
}
