package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.MarqueeServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.marquee.systemtest.EventsApiContract.event;
import static dev.marquee.systemtest.EventsApiContract.unique;
import static dev.marquee.systemtest.SharedServers.ADMIN_EMAIL;
import static dev.marquee.systemtest.SharedServers.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /openapi} describes what the API takes (an event's {@code access}, a ticket source's
 * {@code settings}, sign-in for any mechanism), and a ticket source's settings change without repeating
 * its type, as the document says.
 */
@Database(Database.Kind.H2)
@ExtendWith(ServerExtension.class)
class OpenApiDocumentIT {

    private static ExportServer exports;

    private MarqueeServer server;

    @BeforeAll
    static void startExportServer() {
        exports = new ExportServer();
    }

    @AfterAll
    static void stopExportServer() {
        exports.close();
    }

    @BeforeEach
    void connect(MarqueeServer shared) {
        server = shared;
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        return Api.JSON.readTree(reply.body());
    }

    private static JsonNode schemaOf(JsonNode document, JsonNode bodySchema) {
        String ref = bodySchema.path("$ref").asText();
        return ref.isEmpty() ? bodySchema
                : document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static JsonNode requestSchema(JsonNode document, String path, String method) {
        JsonNode body = document.path("paths").path(path).path(method).path("requestBody");
        return schemaOf(document, body.at("/content/application~1json/schema"));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesDescribeEveryFieldTheyTake() throws Exception {
        JsonNode document = document();
        JsonNode event = requestSchema(document, "/api/v1/events", "post");
        assertThat(names(event.path("properties"))).contains("slug", "title", "timezone", "access",
                "maxConcurrentStreams");
        JsonNode access = schemaOf(document, event.path("properties").path("access"));
        List<String> values = new ArrayList<>();
        access.path("enum").forEach(v -> values.add(v.asText()));
        assertThat(values).containsExactly("PUBLIC", "TICKETED", "PRIVATE");
        assertThat(event.path("required").toString()).contains("access");
        JsonNode source = requestSchema(document, "/api/v1/events/{id}/ticket-sources", "post");
        assertThat(names(source.path("properties"))).contains("type", "settings");
        assertThat(source.at("/properties/settings/type").asText()).isEqualTo("object");
        assertThat(source.at("/properties/settings/maxProperties").asInt()).isPositive();

        JsonNode change = requestSchema(document, "/api/v1/ticket-sources/{id}", "put");
        assertThat(names(change.path("properties"))).contains("type", "settings");
        List<String> required = new ArrayList<>();
        change.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required).doesNotContain("type");
        assertThat(names(document.path("paths"))).contains("/api/v1/auth/{mechanism}", "/api/v1/access-codes/resend");
    }

    @Test
    void aTicketSourcesSettingsChangeWithoutItsTypeButTheTypeCannotChange() {
        Api organizer = new Api(server).login(ADMIN_EMAIL, ADMIN_PASSWORD);
        long eventId = organizer.post("/api/v1/events", event(unique("oa"), "TICKETED")).json().get("id").asLong();
        String tag = unique("oa");
        String url = exports.publish("/" + tag + ".csv", "Ticket ID,Email\n" + tag + "-1," + tag + "@example.org\n");
        Api.Reply created = organizer.post("/api/v1/events/" + eventId + "/ticket-sources",
                Map.of("type", "weemss-csv", "settings", Map.of("exportUrl", url)));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        Api.Reply withoutType = organizer.put("/api/v1/ticket-sources/" + id,
                Map.of("settings", Map.of("exportUrl", url, "pollInterval", "PT5M")));
        assertThat(withoutType.status()).as(withoutType.raw().body()).isEqualTo(200);
        assertThat(withoutType.json().get("type").asText()).isEqualTo("weemss-csv");
        assertThat(withoutType.json().get("settings").get("pollInterval").asText()).isEqualTo("PT5M");

        Api.Reply sameType = organizer.put("/api/v1/ticket-sources/" + id,
                Map.of("type", "weemss-csv", "settings", Map.of("exportUrl", url)));
        assertThat(sameType.status()).as(sameType.raw().body()).isEqualTo(200);

        Api.Reply otherType = organizer.put("/api/v1/ticket-sources/" + id,
                Map.of("type", "something-else", "settings", Map.of("exportUrl", url)));
        assertThat(otherType.status()).isEqualTo(400);
        assertThat(otherType.json().get("fields").get(0).get("name").asText()).isEqualTo("type");
        assertThat(organizer.get("/api/v1/ticket-sources/" + id).json().get("type").asText()).isEqualTo("weemss-csv");
    }
}
