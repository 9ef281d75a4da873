package dev.marquee.platform.spi;

import dev.marquee.platform.spi.web.PluginRoute;

import java.util.List;

/**
 * What every plugin has in common: a stable id, a name for people, a version and whether it is
 * ready to be used.
 *
 * <p><b>Lifecycle.</b> Marquee finds plugins once, at deployment, and keeps one instance of each
 * for the life of the application (make the class {@code @ApplicationScoped}). Methods may be called
 * from many request threads at once: implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface MarqueePlugin {

    /** A stable id, lower-case with dashes ({@code "rtmp"}, {@code "weemss-csv"}); stored in data, never changed. */
    String id();

    /** The name shown to organizers. */
    String displayName();

    /** Which extension point this plugin serves. */
    PluginKind kind();

    /**
     * The plugin's version; by default the {@code Implementation-Version} of its JAR's manifest, or
     * {@code "unknown"} without one. The loader does not need it; it is what the log and
     * {@code GET /api/v1/plugins} show. A JAR built outside Marquee's tree gets it with the jar plugin's
     * {@code <addDefaultImplementationEntries>true</addDefaultImplementationEntries>} (docs/plugins.md).
     */
    default String version() {
        String version = getClass().getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }

    /**
     * Whether the plugin has what it needs to work (credentials, say). An unconfigured plugin is still
     * listed, so organizers can see what is missing, but it may refuse to provision anything.
     */
    default boolean configured() {
        return true;
    }

    /**
     * What is missing while {@link #configured()} is false, in words for organizers and operators
     * (e.g. which settings or environment variables to set); never a secret. Empty when configured.
     */
    default String configurationHint() {
        return "";
    }

    /**
     * The HTTP endpoints this plugin adds under {@code /api/v1/plugins/{id}/} (see
     * {@link dev.marquee.platform.spi.web.PluginRoute}); read once, at deployment. None by default.
     *
     * @since 0.1.0
     */
    default List<PluginRoute> routes() {
        return List.of();
    }

    /**
     * The pages this plugin serves under {@code /p/{id}/}: the same {@link PluginRoute}s, answering HTML
     * (or the page's own script, style or image) for a browser. Core signs the visitor in (sending one who
     * is signed out to sign in), checks CSRF on writes, bounds the body, answers errors with its own error
     * page and adds the page headers (a Content-Security-Policy that lets the page load only what lies under
     * {@code /p/{id}/} and Marquee's {@code /assets/}). Read once, at deployment. None by default.
     *
     * @since 0.1.0
     */
    default List<PluginRoute> pages() {
        return List.of();
    }
}
