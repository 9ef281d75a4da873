package dev.marquee.platform.spi.stage;

/**
 * Lets a connection onto a stage outside an HTTP request core serves: for a plugin's own WebSocket (the
 * chat plugin's stage socket is the example), under the same rules as {@link StageAccess} and core's REST
 * API. The plugin reads the session cookie ({@code MARQUEE_SESSION}) and the guest cookie
 * ({@link dev.marquee.platform.spi.audience.GuestIds}) from the upgrade request itself, ignoring both when
 * the page that opened the socket is on another site. Core implements it; plugins inject it:
 * {@code @Inject SocketAdmission admission;}.
 *
 * <p>A signed-in caller (the token names a live session) who may watch the stage is admitted as
 * themselves. On a PUBLIC event anyone else is admitted as the guest of {@code guest}: named when it has a
 * name (control characters removed, at most 40 characters), else as a watcher. Refusals are thrown as
 * {@link dev.marquee.platform.spi.web.Problem}s, the ones the REST API answers: 404 for no such stage or a
 * hidden event, 400 for a guest without a guest pass, 401 for an anonymous visitor of an event that is not
 * PUBLIC, 403 for a signed-in caller not admitted to it. A socket closes with {@code 4000 + status}.
 *
 * <p><b>Lifecycle.</b> Application-scoped; the answer is a snapshot of the moment of admission. A plugin
 * that keeps the connection open watches its session ({@link dev.marquee.platform.spi.auth.SessionGuard})
 * to close it when the person signs out or loses access.
 *
 * <p><b>Threading.</b> Thread-safe; blocks for database reads (the session, the stage, its event), so
 * call it from the socket's open callback or a worker, never from an event loop.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0; methods may be added (core implements it).
 *
 * @since 0.1.0
 */
public interface SocketAdmission {

    /**
     * Admits the holder of the session {@code sessionToken} (null or unknown: nobody signed in), or the
     * guest of {@code guest} (null when the visitor has no guest pass) to the stage.
     */
    SocketVisitor admit(long stageId, String sessionToken, GuestPass guest);
}
