package dev.marquee.plugin.weemss;

import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;
import dev.marquee.platform.spi.settings.SettingsValidation;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WeemssSettingsTest {

    private final FakeOutbound outbound = new FakeOutbound();
    private final SettingsSchema schema = new WeemssCsvTicketSource(outbound).sourceSettings();

    @Test
    void defaultsAreDocumentedValues() {
        SettingsValidation result = schema.validate(Map.of("exportUrl", "https://weemss.example/export.csv"),
                Settings.empty());
        assertThat(result.errors()).isEmpty();
        assertThat(result.settings().string("pollInterval")).contains("PT1M");
        assertThat(result.settings().list("cancelledStatuses")).contains("refunded");
        assertThat(result.settings().string("delimiter")).contains("auto");
    }

    @Test
    void theFormSpeaksPlainLanguageAndListsTheColumnsInTheExportsOrder() {
        assertThat(schema.descriptors()).allSatisfy(d -> assertThat(d.label() + " " + d.help())
                .doesNotContain("ISO-8601").doesNotContain("PT15S").doesNotContain("{").doesNotContain("secret"));
        assertThat(schema.descriptors()).filteredOn(d -> d.name().equals("columns")).singleElement()
                .satisfies(d -> assertThat(((Map<?, ?>) d.defaultValue()).values().stream().map(String::valueOf)
                        .toList()).containsExactly("Ticket ID", "Order ID", "First Name", "Last Name", "Name",
                                "Email", "Ticket Type", "Status", "Purchase Date"));
        assertThat(schema.validate(Map.of("exportUrl", "https://w.example/x", "pollInterval", "PT5S"), Settings.empty())
                .errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("15 seconds"));
    }

    @Test
    void theApiKeyHeaderIsASecret() {
        Settings stored = schema.validate(Map.of("exportUrl", "https://w.example/x",
                "headers", Map.of("X-API-Key", "k3y")), Settings.empty()).settings();
        assertThat(schema.masked(stored).get("headers")).isEqualTo(Map.of("X-API-Key", SettingsSchema.MASK));
        Settings kept = schema.validate(Map.of("exportUrl", "https://w.example/y", "headers", SettingsSchema.MASK),
                stored).settings();
        assertThat(kept.map("headers")).containsEntry("X-API-Key", "k3y");
        Settings edited = schema.validate(Map.of("exportUrl", "https://w.example/y",
                "headers", Map.of("X-API-Key", SettingsSchema.MASK, "X-Tenant", "hackconf")), stored).settings();
        assertThat(edited.map("headers")).containsEntry("X-API-Key", "k3y").containsEntry("X-Tenant", "hackconf");
    }

    @Test
    void refusesUnknownColumnsShortIntervalsAndUnknownZones() {
        SettingsValidation result = schema.validate(Map.of("exportUrl", "https://w.example/x",
                "columns", Map.of("shoeSize", "Size"), "pollInterval", "PT5S", "timezone", "Mars/Base"),
                Settings.empty());
        assertThat(result.errors()).extracting(SettingError::name)
                .containsExactlyInAnyOrder("columns", "pollInterval", "timezone");
    }

    @Test
    void anExportUrlIsRequiredAndMustBeHttp() {
        assertThat(schema.validate(Map.of(), Settings.empty()).errors()).extracting(SettingError::name)
                .containsExactly("exportUrl");
        assertThat(schema.validate(Map.of("exportUrl", "file:///etc/passwd"), Settings.empty()).errors())
                .extracting(SettingError::name).containsExactly("exportUrl");
    }

    @Test
    void anExportUrlTheOutboundClientRefusesIsAFieldErrorWithItsReason() {
        outbound.refuse("10.0.0.5 is a private-network address; ... marquee.outbound.allow");
        assertThat(schema.validate(Map.of("exportUrl", "http://10.0.0.5/x.csv"), Settings.empty()).errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.name()).isEqualTo("exportUrl");
                    assertThat(e.message()).startsWith("Export URL refused: 10.0.0.5 is a private-network address");
                });
        assertThat(outbound.checked).containsExactly(java.net.URI.create("http://10.0.0.5/x.csv"));
    }

    @Test
    void headersThatCannotBeSentAreRefusedWhenSaved() {
        assertThat(schema.validate(Map.of("exportUrl", "https://w.example/x",
                "headers", Map.of("X-API-Key", "k3y\r\nX-Evil: 1")), Settings.empty()).errors())
                .singleElement().satisfies(e -> {
                    assertThat(e.name()).isEqualTo("headers");
                    assertThat(e.message()).contains("'X-API-Key'").doesNotContain("k3y");
                });
    }
}
