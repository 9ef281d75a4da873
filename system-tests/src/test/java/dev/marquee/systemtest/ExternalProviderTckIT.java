package dev.marquee.systemtest;

import dev.marquee.testkit.tck.MediaProviderContract;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/** Core's {@code external} media provider passes the test kit's media provider contract. */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class ExternalProviderTckIT extends MediaProviderContract {

    @Override
    protected String providerId() {
        return "external";
    }

    @Override
    protected Map<String, Object> validSettings() {
        return Map.of("url", "https://cdn.example/tck.m3u8", "live", true);
    }

    @Override
    protected Map<String, Object> invalidSettings() {
        return Map.of("url", "http://cdn.example/plain.m3u8");
    }

    @Override
    protected String invalidField() {
        return "url";
    }
}
