package dev.marquee.platform.interfaces.rest.plugin;

import dev.marquee.platform.spi.web.PluginResponse;
import dev.marquee.platform.spi.web.PluginRoute;
import dev.marquee.platform.spi.web.RouteAccess;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PluginRoutesTest {

    private static final PluginRoute BY_ID = PluginRoute.get("stages/{stageId}", RouteAccess.ANYONE,
            r -> PluginResponse.text("by id"));
    private static final PluginRoute LATEST = PluginRoute.get("stages/latest", RouteAccess.ANYONE,
            r -> PluginResponse.text("latest"));
    private static final PluginRoute CREATE = PluginRoute.post("stages", RouteAccess.ORGANIZER,
            r -> PluginResponse.noContent());
    private static final List<PluginRoute> ROUTES = List.of(BY_ID, LATEST, CREATE);

    @Test
    void aTemplateSegmentTakesTheValue() {
        PluginRoutes.Outcome outcome = PluginRoutes.match(ROUTES, "GET", List.of("stages", "42"));
        assertThat(outcome).isEqualTo(new PluginRoutes.Matched(BY_ID, Map.of("stageId", "42")));
    }

    @Test
    void aLiteralSegmentWinsOverATemplateOneWhatEverTheOrder() {
        PluginRoutes.Outcome outcome = PluginRoutes.match(ROUTES, "GET", List.of("stages", "latest"));
        assertThat(outcome).isEqualTo(new PluginRoutes.Matched(LATEST, Map.of()));
    }

    @Test
    void aPathOfAnotherMethodSaysWhichMethodsItHas() {
        assertThat(PluginRoutes.match(ROUTES, "DELETE", List.of("stages", "42")))
                .isEqualTo(new PluginRoutes.OtherMethods(List.of("GET")));
        assertThat(PluginRoutes.match(ROUTES, "GET", List.of("stages")))
                .isEqualTo(new PluginRoutes.OtherMethods(List.of("POST")));
    }

    @Test
    void otherPathsMatchNothing() {
        assertThat(PluginRoutes.match(ROUTES, "GET", List.of("stages", "42", "more"))).isEqualTo(new PluginRoutes.NoRoute());
        assertThat(PluginRoutes.match(ROUTES, "GET", List.of("stages", ""))).isEqualTo(new PluginRoutes.NoRoute());
        assertThat(PluginRoutes.match(ROUTES, "GET", List.of("other"))).isEqualTo(new PluginRoutes.NoRoute());
        assertThat(PluginRoutes.match(List.of(), "GET", List.of("stages"))).isEqualTo(new PluginRoutes.NoRoute());
    }
}
