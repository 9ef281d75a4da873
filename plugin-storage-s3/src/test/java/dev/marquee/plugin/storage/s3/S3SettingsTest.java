package dev.marquee.plugin.storage.s3;

import dev.marquee.platform.spi.PluginKind;
import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.outbound.OutboundRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's settings as an operator writes them, and that an unselected or unconfigured store sends nothing. */
class S3SettingsTest {

    private static Map<String, String> complete() {
        Map<String, String> values = new HashMap<>();
        values.put(S3Settings.STORE, "s3");
        values.put(S3Settings.BUCKET, "marquee-recordings");
        return values;
    }

    @Test
    void nothingSetMeansNotSelectedAndTheHintNamesTheBucket() {
        S3Settings settings = S3Settings.of(Map.of());
        assertThat(settings.selected()).isFalse();
        assertThat(settings.configured()).isFalse();
        assertThat(settings.hint()).isEqualTo("S3 recording storage (marquee.recordings.store=s3): set "
                + "marquee.recordings.s3.bucket (MARQUEE_RECORDINGS_S3_BUCKET)");
    }

    @Test
    void aBucketIsEnoughAndTheRestHasDefaults() {
        Map<String, String> values = complete();
        values.put(S3Settings.STORE, " S3 ");
        S3Settings settings = S3Settings.of(values);
        assertThat(settings.selected()).isTrue();
        assertThat(settings.configured()).isTrue();
        assertThat(settings.hint()).isEmpty();
        assertThat(settings.endpoint()).isEmpty();
        assertThat(settings.region()).isEqualTo("us-east-1");
        assertThat(settings.pathStyle()).isFalse();
        assertThat(settings.keyPrefix()).isEmpty();
        assertThat(settings.credentials()).isEmpty();
        assertThat(settings.where()).isEqualTo("Amazon S3 (us-east-1)");
    }

    @Test
    void anS3CompatibleServerIsNamedByItsHost() {
        Map<String, String> values = complete();
        values.put(S3Settings.ENDPOINT, "https://minio.internal.example:9000/");
        values.put(S3Settings.PATH_STYLE, "TRUE");
        values.put(S3Settings.PREFIX, "/marquee/prod/");
        S3Settings settings = S3Settings.of(values);
        assertThat(settings.configured()).isTrue();
        assertThat(settings.endpoint()).contains(URI.create("https://minio.internal.example:9000/"));
        assertThat(settings.where()).isEqualTo("minio.internal.example");
        assertThat(settings.pathStyle()).isTrue();
        assertThat(settings.keyPrefix()).isEqualTo("marquee/prod/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "marquee.recordings.s3.endpoint|ftp://files.example|MARQUEE_RECORDINGS_S3_ENDPOINT) must be an http or https URL",
            "marquee.recordings.s3.endpoint|https://minio.example/bucket|MARQUEE_RECORDINGS_S3_ENDPOINT) must be",
            "marquee.recordings.s3.endpoint|https://user:pw@minio.example|MARQUEE_RECORDINGS_S3_ENDPOINT) must be",
            "marquee.recordings.s3.endpoint|http://exa mple|MARQUEE_RECORDINGS_S3_ENDPOINT) is not a URL",
            "marquee.recordings.s3.bucket|my bucket|MARQUEE_RECORDINGS_S3_BUCKET) is not a bucket name",
            "marquee.recordings.s3.region|US East|MARQUEE_RECORDINGS_S3_REGION) is not a region name",
            "marquee.recordings.s3.path-style|yes|MARQUEE_RECORDINGS_S3_PATH_STYLE) must be true or false",
            "marquee.recordings.s3.prefix|a/../b|MARQUEE_RECORDINGS_S3_PREFIX) may hold only",
            "marquee.recordings.s3.access-key-id|AKIAONLYTHEID|set both marquee.recordings.s3.access-key-id",
            "marquee.recordings.s3.secret-access-key|only-the-secret|set both marquee.recordings.s3.access-key-id"})
    void aWrongValueIsNamedInTheHint(String key, String value, String named) {
        Map<String, String> values = complete();
        values.put(key, value);
        S3Settings settings = S3Settings.of(values);
        assertThat(settings.configured()).isFalse();
        assertThat(settings.hint()).contains(named).doesNotContain("only-the-secret");
    }

    @Test
    void theSecretIsNeverShown() {
        Map<String, String> values = complete();
        values.put(S3Settings.ACCESS_KEY_ID, "AKIAEXAMPLE");
        values.put(S3Settings.SECRET_ACCESS_KEY, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        S3Settings settings = S3Settings.of(values);
        assertThat(settings.credentials()).isPresent();
        assertThat(settings + settings.hint()).doesNotContain("wJalrXUtnFEMI").contains("credentials=given");
    }

    @Test
    void theStoreSendsNothingWhenNotSelectedOrNotConfigured() {
        List<OutboundRequest> sent = new ArrayList<>();
        OutboundHttp recording = new OutboundHttp() {
            @Override
            public dev.marquee.platform.spi.outbound.OutboundResponse send(OutboundRequest request) {
                sent.add(request);
                throw new AssertionError("nothing may be sent");
            }

            @Override
            public void check(URI uri) {
                throw new AssertionError("nothing may be checked");
            }
        };
        S3RecordingStore unselected = new S3RecordingStore(S3Settings.of(Map.of(S3Settings.BUCKET, "b-1")), recording,
                S3Bucket.MAX_BATCH);
        assertThat(unselected.id()).isEqualTo("s3");
        assertThat(unselected.kind()).isEqualTo(PluginKind.RECORDING_STORE);
        assertThat(unselected.configured()).isTrue();
        assertThat(unselected.configurationHint()).isEmpty();

        S3RecordingStore unconfigured = new S3RecordingStore(S3Settings.of(Map.of(S3Settings.STORE, "s3")), recording,
                S3Bucket.MAX_BATCH);
        assertThat(unconfigured.configured()).isFalse();
        assertThatThrownBy(() -> unconfigured.write("1/0.m4s", List.of(new byte[1]))).isInstanceOf(IOException.class)
                .hasMessageContaining("MARQUEE_RECORDINGS_S3_BUCKET");
        assertThat(sent).isEmpty();
    }

    @Test
    void aKeyOutsideTheSpiIsRefusedBeforeAnythingIsSent() {
        S3RecordingStore store = new S3RecordingStore(S3Settings.of(complete()), new OutboundHttp() {
            @Override
            public dev.marquee.platform.spi.outbound.OutboundResponse send(OutboundRequest request) {
                throw new AssertionError("nothing may be sent");
            }

            @Override
            public void check(URI uri) {
            }
        }, S3Bucket.MAX_BATCH);
        try {
            assertThatThrownBy(() -> store.read("42/../../etc")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.deleteAll("/42/")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.write("42/a b", List.of())).isInstanceOf(IllegalArgumentException.class);
        } finally {
            store.close();
        }
    }
}
