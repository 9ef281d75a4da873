package dev.marquee.platform.spi.stage;

/**
 * Who the caller of the current HTTP request is on a stage, under core's rules for watching and leading
 * it: for a plugin's REST resource that serves a stage's audience or its leaders. Core implements it;
 * plugins inject it: {@code @Inject StageAccess stages;}.
 *
 * <p>Each method either answers or throws a {@link dev.marquee.platform.spi.web.Problem}, which the REST
 * layer returns as is: 404 when the stage does not exist or the caller may not know of its event, 401 when
 * the caller must sign in first, 403 when they may not watch. A plugin refuses further (a viewer who does
 * not lead, a leader who does not organize) with its own {@code Problem.forbidden} and its own words.
 *
 * <p><b>Lifecycle.</b> Request-scoped: the caller is the one of the request being served (anonymous until
 * core's session filter has run). Use it only on a request's thread, within the request; a socket or a
 * background task has no current caller (a stage socket's handler gets a
 * {@link StageMember} instead).
 *
 * <p><b>Threading.</b> Blocks for a database read in a transaction (joining the caller's, if any).
 *
 * @since 0.1.0
 */
public interface StageAccess {

    /**
     * The caller as one who may watch the stage. On a PUBLIC event an anonymous visitor is admitted as a
     * guest of this request alone (a fresh {@code guest:} subject, display name {@code viewer}), who never
     * leads; a guest may read, not act.
     */
    StageVisitor viewer(long stageId);

    /**
     * As {@link #viewer(long)}, but an anonymous visitor of a PUBLIC event reads as the guest
     * {@code guestId} (from the guest cookie, {@link dev.marquee.platform.spi.audience.GuestIds#idOf}; a
     * fresh guest when null), still named {@code viewer}: for a plugin that answers a guest as the person
     * they are on the stage's socket (whom it banned, say).
     */
    StageVisitor viewer(long stageId, String guestId);

    /**
     * The signed-in caller as one who may watch the stage, saying whether they lead it: 401 for an
     * anonymous caller, before anything else is looked up.
     */
    StageVisitor signedIn(long stageId);

    /** Whether the caller runs the event: a platform organizer, or an organizer of {@code eventId}. */
    boolean organizes(long eventId);
}
