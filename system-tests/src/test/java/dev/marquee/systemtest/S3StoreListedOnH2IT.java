package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** The s3 recording store is packed into the WAR and found like every plugin; without a bucket it says what to set. */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class S3StoreListedOnH2IT {

    @Test
    void theStoreIsListedAndNamesWhatIsMissing(MarqueeServer server) {
        JsonNode plugins = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD).get("/api/v1/plugins").json();
        JsonNode s3 = null;
        for (JsonNode plugin : plugins) {
            if (plugin.get("id").asText().equals("s3")) {
                s3 = plugin;
            }
        }
        assertThat(s3).as("the s3 plugin in " + plugins).isNotNull();
        assertThat(s3.get("kind").asText()).isEqualTo("RECORDING_STORE");
        assertThat(s3.get("configured").asBoolean()).isFalse();
        assertThat(s3.get("configurationHint").asText()).contains("MARQUEE_RECORDINGS_S3_BUCKET");
    }
}
