package dev.marquee.platform.interfaces.rest.plugin;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.access.PersonIds;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.web.RouteAccess;
import dev.marquee.platform.spi.web.RouteCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a plugin's API route and page share about the caller: whether a {@link RouteAccess} lets them in,
 * and the {@link RouteCaller} the handler is shown (an opaque person id, never the account).
 */
@ApplicationScoped
public class RouteCallers {

    @Inject
    PersonIds personIds;

    /** Refuses with 401 (signed out) or 403 (not an organizer) a caller {@code access} keeps out. */
    public static void checkAccess(RouteAccess access, Caller who) {
        if (access == RouteAccess.ANYONE) {
            return;
        }
        if (!who.signedIn()) {
            throw Problem.notSignedIn();
        }
        if (access == RouteAccess.ORGANIZER && !who.organizer()) {
            throw Problem.forbidden("Only organizers may use this");
        }
    }

    public RouteCaller of(Caller who) {
        if (!who.signedIn()) {
            return RouteCaller.ANONYMOUS;
        }
        return RouteCaller.signedIn(personIds.of(who.subject()), who.displayName(), who.organizer(), who.eventId());
    }
}
