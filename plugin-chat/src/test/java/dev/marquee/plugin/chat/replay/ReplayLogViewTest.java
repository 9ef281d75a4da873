package dev.marquee.plugin.chat.replay;

import dev.marquee.platform.application.access.PersonIds;
import dev.marquee.platform.infrastructure.security.PlatformSecret;
import dev.marquee.platform.spi.audience.OpaquePersonIds;
import dev.marquee.plugin.chat.domain.Author;
import dev.marquee.plugin.chat.domain.ChatMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayLogViewTest {

    private static final Instant START = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void eachMessageCarriesItsOffsetAndItsAuthorAsTheLiveChatNamesThem() {
        OpaquePersonIds ids = new PersonIds(new PlatformSecret("a test secret that is long enough for hmac keys"))::of;
        ReplayWindow window = new ReplayWindow(START, START.plusSeconds(3600));
        ChatMessage first = new ChatMessage("stage:1", new Author("attendee:7", "Ada", "viewer"), "hello", START.plusMillis(1500));
        ChatMessage second = new ChatMessage("stage:1", new Author("guest:x", "Bob", "guest"), "hi &amp; bye",
                START.plusSeconds(61));

        ReplayLogView log = ReplayLogView.of(window, List.of(first, second), ids);

        assertThat(log.from()).isEqualTo(START);
        assertThat(log.messages()).extracting(ReplayLogView.Message::offsetMillis).containsExactly(1500L, 61_000L);
        ReplayLogView.Message m = log.messages().get(0);
        assertThat(m.sentAt()).isEqualTo(START.plusMillis(1500));
        assertThat(m.text()).isEqualTo("hello");
        assertThat(m.author()).isEqualTo(new ReplayLogView.Author(ids.of("attendee:7"), "Ada", "viewer"));
        assertThat(m.author().id()).startsWith("p-").doesNotContain("attendee");
        assertThat(log.messages().get(1).text()).isEqualTo("hi &amp; bye");
    }
}
