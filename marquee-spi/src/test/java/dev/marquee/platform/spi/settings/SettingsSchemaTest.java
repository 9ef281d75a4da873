package dev.marquee.platform.spi.settings;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsSchemaTest {

    private final SettingsSchema schema = SettingsSchema.of(
            SettingDescriptor.of("exportUrl", SettingType.URL, "Export URL").asRequired(),
            SettingDescriptor.of("pollInterval", SettingType.DURATION, "Poll interval").defaultValue("PT1M"),
            SettingDescriptor.of("retries", SettingType.INTEGER, "Retries").defaultValue(3),
            SettingDescriptor.of("enabled", SettingType.BOOLEAN, "Enabled").defaultValue(true),
            SettingDescriptor.of("format", SettingType.CHOICE, "Format").choices("hls", "iframe"),
            SettingDescriptor.of("headers", SettingType.STRING_MAP, "Headers"),
            SettingDescriptor.of("cancelled", SettingType.STRING_LIST, "Cancelled statuses"),
            SettingDescriptor.of("apiKey", SettingType.STRING, "API key").asSecret());

    @Test
    void appliesDefaultsAndNormalisesTypes() {
        SettingsValidation result = schema.validate(Map.of("exportUrl", "https://shop.example/export.csv",
                "retries", new java.math.BigDecimal("5"), "cancelled", List.of("refunded")), Settings.empty());
        assertThat(result.errors()).isEmpty();
        Settings settings = result.settings();
        assertThat(settings.integer("retries")).contains(5L);
        assertThat(settings.duration("pollInterval")).contains(java.time.Duration.ofMinutes(1));
        assertThat(settings.bool("enabled")).isTrue();
        assertThat(settings.list("cancelled")).containsExactly("refunded");
        assertThat(settings.has("format")).isFalse();
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        SettingsValidation result = schema.validate(Map.of("exportUrl", "javascript:alert(1)",
                "pollInterval", "every minute", "retries", 2.5, "format", "flash", "headers", List.of("x"),
                "colour", "red"), Settings.empty());
        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).extracting(SettingError::name)
                .containsExactlyInAnyOrder("colour", "exportUrl", "pollInterval", "retries", "format", "headers");
    }

    @Test
    void aMissingRequiredSettingIsNamed() {
        SettingsValidation result = schema.validate(Map.of(), Settings.empty());
        assertThat(result.errors()).containsExactly(new SettingError("exportUrl", "Export URL is required"));
    }

    @Test
    void secretsAreMaskedAndAMaskSentBackKeepsTheStoredSecret() {
        Settings stored = schema.validate(Map.of("exportUrl", "https://a.example/x", "apiKey", "s3cret"),
                Settings.empty()).settings();
        Map<String, Object> shown = schema.masked(stored);
        assertThat(shown.get("apiKey")).isEqualTo(SettingsSchema.MASK);
        assertThat(shown.toString()).doesNotContain("s3cret");

        Settings edited = schema.validate(Map.of("exportUrl", "https://a.example/y", "apiKey", SettingsSchema.MASK),
                stored).settings();
        assertThat(edited.string("apiKey")).contains("s3cret");
        assertThat(edited.string("exportUrl")).contains("https://a.example/y");
        assertThat(edited.toString()).doesNotContain("s3cret");
    }

    @Test
    void crossFieldRulesRunOnlyOnValidFields() {
        SettingsSchema strict = schema.withRule(s -> s.string("exportUrl").filter(u -> u.startsWith("http:")).isPresent()
                ? List.of(new SettingError("exportUrl", "must use https")) : List.of());
        assertThat(strict.validate(Map.of("exportUrl", "http://a.example/"), Settings.empty()).errors())
                .containsExactly(new SettingError("exportUrl", "must use https"));
        assertThat(strict.validate(Map.of("exportUrl", "nope"), Settings.empty()).errors())
                .extracting(SettingError::message).containsExactly("Export URL must be an absolute http or https URL");
    }

    @Test
    void settingNamesAreIdentifiers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SettingDescriptor.of("bad name", SettingType.STRING, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
