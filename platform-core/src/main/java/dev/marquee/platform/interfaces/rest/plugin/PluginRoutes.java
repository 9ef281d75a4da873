package dev.marquee.platform.interfaces.rest.plugin;

import dev.marquee.platform.infrastructure.plugins.PluginRegistry;
import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.web.PluginRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Every plugin's {@link PluginRoute}s, API routes and pages apart, each read once per plugin, and the matching of a request's path to one:
 * the route whose template matches every segment, a literal segment winning over a {@code {name}} one
 * where two match. Two routes with the same method and template are a plugin's mistake: the first wins
 * and the log says so.
 */
@ApplicationScoped
public class PluginRoutes {

    private static final Logger LOG = Logger.getLogger(PluginRoutes.class.getName());

    @Inject
    PluginRegistry plugins;

    private final Map<String, List<PluginRoute>> routesByPlugin = new ConcurrentHashMap<>();
    private final Map<String, List<PluginRoute>> pagesByPlugin = new ConcurrentHashMap<>();

    /** What a path and method come to for one plugin. */
    public sealed interface Outcome {
    }

    /** A route matched; {@code parameters} holds its {@code {name}} segments' values. */
    public record Matched(PluginRoute route, Map<String, String> parameters) implements Outcome {
    }

    /** No route has this path (or no such plugin). */
    public record NoRoute() implements Outcome {
    }

    /** Routes have this path, for other methods. */
    public record OtherMethods(List<String> allowed) implements Outcome {
    }

    /** Matches among the plugin's API routes ({@link MarqueePlugin#routes()}). */
    public Outcome matchRoute(String pluginId, String method, List<String> path) {
        return match(pluginId, method, path, routesByPlugin, MarqueePlugin::routes, "/api/v1/plugins/");
    }

    /** Matches among the plugin's pages ({@link MarqueePlugin#pages()}). */
    public Outcome matchPage(String pluginId, String method, List<String> path) {
        return match(pluginId, method, path, pagesByPlugin, MarqueePlugin::pages, "/p/");
    }

    private Outcome match(String pluginId, String method, List<String> path, Map<String, List<PluginRoute>> cache,
            Function<MarqueePlugin, List<PluginRoute>> declared, String prefix) {
        Optional<MarqueePlugin> plugin = plugins.find(pluginId);
        if (plugin.isEmpty()) {
            return new NoRoute();
        }
        return match(cache.computeIfAbsent(pluginId, id -> routesOf(plugin.get(), declared.apply(plugin.get()), prefix)),
                method, path);
    }

    static Outcome match(List<PluginRoute> routes, String method, List<String> path) {
        Matched best = null;
        int bestLiterals = -1;
        TreeSet<String> otherMethods = new TreeSet<>();
        for (PluginRoute route : routes) {
            Map<String, String> parameters = parameters(route.segments(), path);
            if (parameters == null) {
                continue;
            }
            if (!route.method().equals(method)) {
                otherMethods.add(route.method());
                continue;
            }
            int literals = route.segments().size() - parameters.size();
            if (literals > bestLiterals) {
                best = new Matched(route, parameters);
                bestLiterals = literals;
            }
        }
        if (best != null) {
            return best;
        }
        return otherMethods.isEmpty() ? new NoRoute() : new OtherMethods(List.copyOf(otherMethods));
    }

    /** The template's parameters if {@code path} matches it, else null. */
    private static Map<String, String> parameters(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return null;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            String actual = path.get(i);
            if (actual.isEmpty()) {
                return null;
            }
            if (expected.startsWith("{")) {
                parameters.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return parameters;
    }

    private static List<PluginRoute> routesOf(MarqueePlugin plugin, List<PluginRoute> declared, String prefix) {
        List<PluginRoute> routes = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (PluginRoute route : declared) {
            String key = route.method() + " " + route.segments().stream().map(s -> s.startsWith("{") ? "{}" : s).toList();
            if (seen.add(key)) {
                routes.add(route);
            } else {
                LOG.warning(() -> "Plugin " + plugin.id() + " declares " + route.method() + " " + route.path()
                        + " twice; the first one answers");
            }
        }
        routes.forEach(r -> LOG.fine(() -> "Plugin route " + r.method() + " " + prefix + plugin.id() + "/" + r.path()));
        return List.copyOf(routes);
    }
}
