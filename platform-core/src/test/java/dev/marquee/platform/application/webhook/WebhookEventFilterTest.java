package dev.marquee.platform.application.webhook;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.domain.model.webhook.Webhook;
import dev.marquee.platform.domain.model.webhook.WebhookDeliveryRepository.Due;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookEventFilterTest {

    private static Webhook webhook(List<String> events) {
        return new Webhook(null, "https://hooks.example.org/in", events, "sealed", Instant.EPOCH);
    }

    @Test
    void aWebhookHearsOnlyTheTypesItListsOrEveryTypeWithAStar() {
        Webhook streams = webhook(List.of("stream.started", "stream.stopped"));
        assertThat(streams.wants("stream.started")).isTrue();
        assertThat(streams.wants("attendee.created")).isFalse();
        Webhook all = webhook(List.of("*"));
        WebhookEventType.wires().forEach(type -> assertThat(all.wants(type)).isTrue());
    }

    @Test
    void eventTypesAreCheckedAndDeduplicated() {
        assertThat(WebhookRules.events(List.of("attendee.created", "attendee.created", "import.finished")))
                .containsExactly("attendee.created", "import.finished");
        assertThat(WebhookRules.events(List.of("stream.started", "*"))).containsExactly("*");
        assertThatThrownBy(() -> WebhookRules.events(List.of("stream.exploded"))).isInstanceOf(Problem.class)
                .hasMessageContaining("stream.exploded");
        assertThatThrownBy(() -> WebhookRules.events(List.of())).isInstanceOf(Problem.class);
    }

    @Test
    void theWireNamesAreTheDocumentedOnes() {
        assertThat(WebhookEventType.wires()).containsExactly("stream.started", "stream.stopped", "session.started",
                "attendee.created", "attendee.revoked", "import.finished", "replay.ready", "viewer.limit_reached",
                "stream.warnings");
    }

    @Test
    void urlsMustBeHttpOrHttpsWithAHostAndNoUserInfo() {
        assertThat(WebhookRules.url(" https://hooks.example.org/in?x=1 ").toString())
                .isEqualTo("https://hooks.example.org/in?x=1");
        for (String bad : List.of("ftp://example.org/", "javascript:alert(1)", "https://user:pw@example.org/",
                "/relative", "https://example.org/#frag", "https://" + "a".repeat(2000) + ".org/")) {
            assertThatThrownBy(() -> WebhookRules.url(bad)).as(bad).isInstanceOf(Problem.class);
        }
    }

    @Test
    void aClaimLeavesASlowEndpointItsShareAndGivesTheRestToOthers() {
        List<Due> due = List.of(new Due(1, 7), new Due(2, 7), new Due(3, 7), new Due(4, 8), new Due(5, 7), new Due(6, 9));
        assertThat(WebhookDeliverySteps.choose(due, 10, Map.of(7L, 1), 2)).containsExactly(1L, 4L, 6L);
        assertThat(WebhookDeliverySteps.choose(due, 2, Map.of(), 4)).containsExactly(1L, 2L);
    }

    @Test
    void theBodyIsTypeTimestampAndData() {
        WebhookFact fact = new WebhookFact(WebhookEventType.STREAM_STARTED, 3L, Instant.parse("2026-12-06T10:00:00Z"),
                jakarta.json.Json.createObjectBuilder().add("stageId", 5).build());
        assertThat(fact.body()).isEqualTo(
                "{\"type\":\"stream.started\",\"timestamp\":\"2026-12-06T10:00:00Z\",\"data\":{\"stageId\":5}}");
    }
}
