package dev.marquee.platform.spi.auth;

import dev.marquee.platform.spi.audience.EventVisitor;

/**
 * The caller of the current HTTP request, for a plugin's JAX-RS resource packed in the WAR (a
 * {@link dev.marquee.platform.spi.web.PluginRoute} handler gets its
 * {@link dev.marquee.platform.spi.web.RouteCaller} instead), and what core's access rules let them do with
 * an event. Core implements it; plugins inject it: {@code @Inject RequestCaller caller;}. For a stage,
 * {@link dev.marquee.platform.spi.stage.StageAccess} admits the caller under the same rules.
 *
 * <p><b>Lifecycle.</b> Request-scoped: the caller is the one of the request being served (anonymous until
 * core's session filter has run). Use it only on a request's thread, within the request; a socket or a
 * background task has no current caller.
 *
 * <p><b>Threading.</b> {@link #get()} never blocks; {@link #event} reads the database.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0; methods may be added (core implements it).
 *
 * @since 0.1.0
 */
public interface RequestCaller {

    /** Who is calling: {@link CallerView#ANONYMOUS} when nobody is signed in. */
    CallerView get();

    /**
     * The event as the caller may know it: its title and whether they may watch it. Throws
     * {@link dev.marquee.platform.spi.web.Problem} 404 when there is no such event or it is hidden from
     * the caller (a PRIVATE event they do not belong to), as core's own event endpoints answer.
     */
    EventVisitor event(long eventId);
}
