package dev.marquee.platform.spi.settings;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.marquee.platform.spi.settings.SettingsSchema.MASK;
import static org.assertj.core.api.Assertions.assertThat;

/** A stored secret is kept only while every URL setting keeps its scheme, host and port. */
class SecretsFollowTheirUrlTest {

    private final SettingsSchema schema = SettingsSchema.of(
            SettingDescriptor.of("exportUrl", SettingType.URL, "Export URL").asRequired(),
            SettingDescriptor.of("headers", SettingType.STRING_MAP, "Request headers").asSecret(),
            SettingDescriptor.of("apiKey", SettingType.STRING, "API key").asSecret());

    private final SettingsSchema requiredSecret = SettingsSchema.of(
            SettingDescriptor.of("url", SettingType.URL, "Target URL").asRequired(),
            SettingDescriptor.of("token", SettingType.STRING, "Token").asSecret().asRequired());

    private Settings stored() {
        return schema.validate(Map.of("exportUrl", "https://shop.example/export.csv",
                "headers", Map.of("X-API-Key", "k3y", "X-Tenant", "t1"), "apiKey", "s3cret"), Settings.empty()).settings();
    }

    private SettingsValidation edit(String url, Map<String, Object> more) {
        Map<String, Object> input = new java.util.HashMap<>(more);
        input.put("exportUrl", url);
        return schema.validate(input, stored());
    }

    @Test
    void theSameOriginKeepsOmittedAndMaskedSecrets() {
        for (String url : new String[] {"https://shop.example/other.csv?x=1", "HTTPS://SHOP.EXAMPLE:443/export.csv",
                "https://shop.example./export.csv"}) {
            SettingsValidation result = edit(url, Map.of("apiKey", MASK, "headers", Map.of("X-API-Key", MASK)));
            assertThat(result.errors()).as(url).isEmpty();
            assertThat(result.settings().string("apiKey")).contains("s3cret");
            assertThat(result.settings().map("headers")).containsExactly(Map.entry("X-API-Key", "k3y"));
            assertThat(edit(url, Map.of()).settings().map("headers")).containsEntry("X-API-Key", "k3y");
        }
    }

    @Test
    void anotherHostPortOrSchemeDropsOmittedSecrets() {
        for (String url : new String[] {"https://evil.example/export.csv", "https://shop.example:8443/export.csv",
                "http://shop.example/export.csv"}) {
            SettingsValidation result = edit(url, Map.of());
            assertThat(result.errors()).as(url).isEmpty();
            assertThat(result.settings().has("headers")).as(url).isFalse();
            assertThat(result.settings().has("apiKey")).as(url).isFalse();
        }
    }

    @Test
    void aMaskSentBackForAnotherHostAsksForTheSecretAgain() {
        SettingsValidation result = edit("https://evil.example/x.csv",
                Map.of("apiKey", MASK, "headers", Map.of("X-API-Key", MASK, "X-Other", "new")));
        assertThat(result.errors()).extracting(SettingError::name).containsExactlyInAnyOrder("apiKey", "headers");
        assertThat(result.errors()).extracting(SettingError::message).allSatisfy(message ->
                assertThat(message).contains("again").contains("Export URL").doesNotContain("k3y", "s3cret"));
        assertThat(result.errors()).filteredOn(e -> e.name().equals("headers")).singleElement()
                .extracting(SettingError::message).asString().contains("'X-API-Key'");
    }

    @Test
    void newValuesForAnotherHostAreTaken() {
        SettingsValidation result = edit("https://new.example/x.csv",
                Map.of("apiKey", "fresh", "headers", Map.of("X-API-Key", "fresh-key")));
        assertThat(result.errors()).isEmpty();
        assertThat(result.settings().string("apiKey")).contains("fresh");
        assertThat(result.settings().map("headers")).containsExactly(Map.entry("X-API-Key", "fresh-key"));
    }

    @Test
    void aRequiredSecretLeftOutForAnotherHostIsAFieldError() {
        Settings before = requiredSecret.validate(Map.of("url", "https://hooks.example/a", "token", "t0ken"),
                Settings.empty()).settings();
        assertThat(requiredSecret.validate(Map.of("url", "https://hooks.example/b"), before).settings()
                .string("token")).contains("t0ken");
        SettingsValidation moved = requiredSecret.validate(Map.of("url", "https://other.example/b"), before);
        assertThat(moved.errors()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("token");
            assertThat(e.message()).startsWith("Enter Token again: Target URL points to another");
        });
    }

    @Test
    void aMaskWithNothingStoredIsNeverSavedAsTheSecret() {
        SettingsValidation created = schema.validate(Map.of("exportUrl", "https://shop.example/x",
                "apiKey", MASK, "headers", Map.of("X-API-Key", MASK)), Settings.empty());
        assertThat(created.errors()).extracting(SettingError::name).containsExactlyInAnyOrder("apiKey", "headers");
        SettingsValidation newKey = edit("https://shop.example/x", Map.of("headers", Map.of("X-New", MASK)));
        assertThat(newKey.errors()).extracting(SettingError::name).containsExactly("headers");
    }

    @Test
    void originsCompareSchemeHostAndPort() {
        assertThat(SettingsSchema.origin("https://A.example/x")).isEqualTo("https://a.example:443");
        assertThat(SettingsSchema.origin("http://a.example:80/")).isEqualTo(SettingsSchema.origin("http://a.example"));
        assertThat(SettingsSchema.origin("http://a.example:8080/")).isNotEqualTo(SettingsSchema.origin("http://a.example"));
        assertThat(SettingsSchema.origin("http://[::1]:81/")).isEqualTo("http://[::1]:81");
    }
}
