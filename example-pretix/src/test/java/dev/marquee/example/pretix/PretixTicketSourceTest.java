package dev.marquee.example.pretix;

import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.platform.spi.settings.SettingsValidation;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings, the first URL and the cursor of the pretix source, with a stand-in of core's outbound client. */
class PretixTicketSourceTest {

    private final FakePretix pretix = new FakePretix();
    private final PretixTicketSource source = new PretixTicketSource(pretix, pretix);

    private static Map<String, Object> settings(String baseUrl) {
        Map<String, Object> values = new HashMap<>();
        values.put("baseUrl", baseUrl);
        values.put("organizer", "bigevents");
        values.put("event", "sample.conf-2026");
        values.put("token", "s3cr3t-t0ken");
        return values;
    }

    @Test
    void acceptsGoodSettingsAndMasksTheToken() {
        SettingsValidation valid = source.sourceSettings().validate(settings("https://pretix.example"), Settings.empty());
        assertThat(valid.errors()).isEmpty();
        assertThat(valid.settings().string("pollInterval")).contains("PT1M");
        assertThat(source.sourceSettings().masked(valid.settings())).containsEntry("token", SettingsSchema.MASK);
    }

    @Test
    void refusesBadSlugsATokenWithALineBreakAndTooFrequentPolls() {
        Map<String, Object> input = settings("https://pretix.example");
        input.put("organizer", "Big Events!");
        input.put("event", "../admin");
        input.put("token", "abc\r\nX-Evil: 1");
        input.put("pollInterval", "PT5S");
        SettingsValidation refused = source.sourceSettings().validate(input, Settings.empty());
        assertThat(refused.errors()).extracting(e -> e.name())
                .containsExactlyInAnyOrder("organizer", "event", "token", "pollInterval");
        assertThat(refused.errors().toString()).doesNotContain("abc", "X-Evil");
    }

    @Test
    void plainHttpOnlyToAnInternalAddressTheOperatorAllowed() {
        assertThat(source.sourceSettings().validate(settings("http://pretix.example"), Settings.empty()).errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.name()).isEqualTo("baseUrl");
                    assertThat(e.message()).contains("https");
                });
        pretix.addresses.put("pretix.internal", "10.1.2.3");
        assertThat(source.sourceSettings().validate(settings("http://pretix.internal:8000"), Settings.empty()).errors()).isEmpty();
        assertThat(source.sourceSettings().validate(settings("https://pretix.example/?x=1"), Settings.empty()).errors())
                .extracting(e -> e.name()).containsExactly("baseUrl");
    }

    @Test
    void asksForChangesSinceTheCursor() {
        assertThat(PretixTicketSource.ordersUrl("https://pretix.example/", "o", "e", Optional.empty()))
                .isEqualTo(URI.create("https://pretix.example/api/v1/organizers/o/events/e/orders/?testmode=false&include_canceled_positions=true"));
        assertThat(PretixTicketSource.ordersUrl("https://p.example/tickets/api/v1/", "o", "e",
                Optional.of(Instant.parse("2026-11-05T11:00:00Z"))).toString())
                .isEqualTo("https://p.example/tickets/api/v1/organizers/o/events/e/orders/?testmode=false"
                        + "&include_canceled_positions=true&modified_since=2026-11-05T11%3A00%3A00Z");
    }

    @Test
    void returnsWhenTheFirstPageWasGeneratedAsTheNextCursor() throws Exception {
        pretix.serving(uri -> uri.getQuery().contains("page=2")
                ? FakePretix.Answer.json(FakePretix.resource("orders-page-2.json"))
                : new FakePretix.Answer(200, Map.of("Content-Type", "application/json", "X-Page-Generated", "2026-11-05T12:00:00Z"),
                        FakePretix.resource("orders-page-1.json").replace("bigevents/events/sampleconf", "o/events/e")));
        RecordingSink sink = new RecordingSink();
        Settings valid = source.sourceSettings().validate(Map.of("baseUrl", "https://pretix.example", "organizer", "o",
                "event", "e", "token", "t"), Settings.empty()).settings();

        String cursor = source.fetch(valid, null, sink);

        assertThat(cursor).isEqualTo("2026-11-05T12:00:00Z");
        assertThat(sink.accepted).extracting(r -> r.ticketId())
                .containsExactly("ABC12-1", "ABC12-2", "ABC12-4", "CANC1-1", "BAD42-3", "EXP01-1");
        source.fetch(valid, cursor, new RecordingSink());
        assertThat(pretix.sent.get(pretix.sent.size() - 2).uri().getRawQuery()).endsWith("modified_since=2026-11-05T12%3A00%3A00Z");
    }

    @Test
    void withoutAPageTimeTheNewestChangeIsTheCursorAndWithNeitherItStays() {
        assertThat(Cursor.next(Optional.empty(), Optional.of(Instant.parse("2026-11-04T08:00:00Z")), null))
                .isEqualTo("2026-11-04T08:00:00Z");
        assertThat(Cursor.next(Optional.empty(), Optional.empty(), "2026-11-01T00:00:00Z")).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(Cursor.next(Optional.empty(), Optional.empty(), "garbage")).isNull();
    }
}
