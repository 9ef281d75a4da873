package ${package};

import dev.marquee.platform.spi.web.PluginRequest;
import dev.marquee.platform.spi.web.PluginResponse;
import dev.marquee.platform.spi.web.PluginRoute;
import dev.marquee.platform.spi.web.RouteAccess;
import jakarta.json.Json;

import java.util.List;

/**
 * HTTP endpoints of this plugin. Core signs the caller in, checks the route's access and CSRF, bounds the
 * body and formats errors (throw dev.marquee.platform.spi.web.Problem to refuse).
 */
final class PageRoutes {

    private PageRoutes() {
    }

    static List<PluginRoute> all() {
        return List.of(PluginRoute.get("status", RouteAccess.SIGNED_IN, PageRoutes::status));
    }

    /** GET /api/v1/plugins/${pluginId}/status: a signed-in person asks whether the plugin is up. */
    private static PluginResponse status(PluginRequest request) {
        return PluginResponse.json(Json.createObjectBuilder()
                .add("plugin", PageProvider.ID)
                .add("up", true)
                .add("organizer", request.caller().isOrganizer())
                .build());
    }
}
