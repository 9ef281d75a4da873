package dev.marquee.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.testkit.Marquee;
import dev.marquee.testkit.tck.MediaProviderContract;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code rtmp} plugin passes the test kit's media provider contract: a stage is live only while someone
 * publishes to it, so going live is ffmpeg publishing to the ingest address and key organizers are shown.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class RtmpProviderTckIT extends MediaProviderContract {

    /** Longer than the contract's test; the contract stops the publisher when it is done. */
    private static final int PUBLISH_SECONDS = 120;

    @Override
    protected String providerId() {
        return "rtmp";
    }

    @Override
    protected Map<String, Object> validSettings() {
        return Map.of("record", false);
    }

    @Override
    protected Map<String, Object> invalidSettings() {
        return Map.of("record", "sometimes");
    }

    @Override
    protected String invalidField() {
        return "record";
    }

    @Override
    protected Optional<String> secretDetail() {
        return Optional.of("/ingest/streamKey");
    }

    @Override
    protected AutoCloseable goLive(Marquee marquee, JsonNode stage) {
        String ingest = stage.at("/ingest/url").asText() + "/" + stage.at("/ingest/streamKey").asText();
        Path log = marquee.server().workDir().resolve("ffmpeg-tck-" + UUID.randomUUID() + ".log");
        Process publisher = Ffmpeg.publish(ingest, PUBLISH_SECONDS, log);
        return publisher::destroyForcibly;
    }
}
