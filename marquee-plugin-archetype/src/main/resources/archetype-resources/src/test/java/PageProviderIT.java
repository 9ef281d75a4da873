package ${package};

import dev.marquee.testkit.Api;
import dev.marquee.testkit.Marquee;
import dev.marquee.testkit.MarqueePluginTest;
import dev.marquee.testkit.tck.MediaProviderContract;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** This plugin's JAR in a real Marquee: the media provider contract, then its own endpoint. */
@MarqueePluginTest
class PageProviderIT extends MediaProviderContract {

    @Override
    protected String providerId() {
        return PageProvider.ID;
    }

    @Override
    protected Map<String, Object> validSettings() {
        return Map.of("pageUrl", "https://video.example/live");
    }

    @Override
    protected Map<String, Object> invalidSettings() {
        return Map.of("pageUrl", "http://plain.example/");
    }

    @Override
    protected String invalidField() {
        return "pageUrl";
    }

    @Test
    void itsEndpointAnswersSignedInPeopleOnly(Marquee marquee) {
        Api.Reply status = marquee.organizer().get("/api/v1/plugins/" + PageProvider.ID + "/status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("up").asBoolean()).isTrue();
        assertThat(marquee.anonymous().get("/api/v1/plugins/" + PageProvider.ID + "/status").status()).isEqualTo(401);
    }
}
