package dev.marquee.platform.spi.web;

import java.util.Optional;

/**
 * Who called a {@link PluginRoute}, as much as a plugin needs: whether signed in, whether an organizer,
 * an opaque id stable for the person (the same one socket frames carry; never the email or the account's
 * own id), the name people see, and the event an attendee's session belongs to.
 *
 * @since 0.1.0
 */
public final class RouteCaller {

    /** Nobody signed in. */
    public static final RouteCaller ANONYMOUS = new RouteCaller(false, false, null, "Guest", null);

    private final boolean signedIn;
    private final boolean organizer;
    private final String personId;
    private final String displayName;
    private final Long eventId;

    private RouteCaller(boolean signedIn, boolean organizer, String personId, String displayName, Long eventId) {
        this.signedIn = signedIn;
        this.organizer = organizer;
        this.personId = personId;
        this.displayName = displayName;
        this.eventId = eventId;
    }

    /** A signed-in person; {@code eventId} is the attendee's event, null for an organizer or team member. */
    public static RouteCaller signedIn(String personId, String displayName, boolean organizer, Long eventId) {
        return new RouteCaller(true, organizer, personId, displayName, eventId);
    }

    public boolean isSignedIn() {
        return signedIn;
    }

    public boolean isOrganizer() {
        return organizer;
    }

    /** The opaque, stable id of the person; empty when nobody is signed in. */
    public Optional<String> personId() {
        return Optional.ofNullable(personId);
    }

    public String displayName() {
        return displayName;
    }

    /** The event an attendee's session is for; empty for organizers, team members and guests. */
    public Optional<Long> eventId() {
        return Optional.ofNullable(eventId);
    }
}
