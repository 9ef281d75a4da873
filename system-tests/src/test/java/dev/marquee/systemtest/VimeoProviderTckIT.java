package dev.marquee.systemtest;

import dev.marquee.testkit.tck.MediaProviderContract;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

/** The {@code vimeo} plugin passes the test kit's media provider contract (oEmbed from the local stand-in). */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class VimeoProviderTckIT extends MediaProviderContract {

    @Override
    protected String providerId() {
        return "vimeo";
    }

    @Override
    protected Map<String, Object> validSettings() {
        return Map.of("source", "https://vimeo.com/" + VimeoStandIn.KEYNOTE_ID, "live", true);
    }

    @Override
    protected Map<String, Object> invalidSettings() {
        return Map.of("source", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    }

    @Override
    protected String invalidField() {
        return "source";
    }
}
