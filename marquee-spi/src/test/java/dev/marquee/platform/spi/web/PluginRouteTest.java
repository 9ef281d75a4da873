package dev.marquee.platform.spi.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginRouteTest {

    private static final PluginHandler OK = r -> PluginResponse.noContent();

    @Test
    void aTemplateIsSplitIntoSegments() {
        PluginRoute route = PluginRoute.get("/stages/{stageId}/notes", RouteAccess.SIGNED_IN, OK);
        assertThat(route.segments()).containsExactly("stages", "{stageId}", "notes");
        assertThat(route.path()).isEqualTo("stages/{stageId}/notes");
        assertThat(route.method()).isEqualTo("GET");
    }

    @Test
    void badTemplatesAreRefusedWhenDeclared() {
        for (String bad : List.of("", "/", "a//b", "a/", "{}", "a{b}", "{a")) {
            assertThatThrownBy(() -> PluginRoute.post(bad, RouteAccess.ANYONE, OK)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aJsonBodyIsReadOrRefusedWithFourHundred() {
        PluginRequest good = PluginRequest.builder("POST", "x")
                .body("application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)).build();
        assertThat(good.bodyAsJsonObject().getInt("a")).isEqualTo(1);
        for (String body : List.of("", "{broken", "[1,2]")) {
            PluginRequest bad = PluginRequest.builder("POST", "x")
                    .body("application/json", body.getBytes(StandardCharsets.UTF_8)).build();
            assertThatThrownBy(bad::bodyAsJsonObject).as(body).isInstanceOf(Problem.class)
                    .extracting(e -> ((Problem) e).kind()).isEqualTo(Problem.Kind.INVALID);
        }
    }

    @Test
    void headersAreCaseInsensitiveAndTheCallerIsNobodyByDefault() {
        PluginRequest request = PluginRequest.builder("GET", "x").headers(Map.of("X-Thing", "1")).build();
        assertThat(request.header("x-thing")).contains("1");
        assertThat(request.caller().isSignedIn()).isFalse();
        assertThat(request.caller().personId()).isEmpty();
    }
}
