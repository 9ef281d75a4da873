package dev.marquee.plugin.twilio.stage;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One person on a live stage (all their tabs): who they are, their connections, and what the stage's
 * machine records about them. Mutable, guarded by the owning machine's lock.
 */
final class Person {

    final String identity;
    final String subject;
    final long order;
    final Set<String> connections = new LinkedHashSet<>();
    String name;
    boolean leads;

    /** Holds one of the room's places (has been given a token). */
    boolean seated;

    // Interactive stages.
    Role role = Role.VIEWER;
    Instant roleSince = Instant.EPOCH;
    boolean hand;
    long handOrder;
    boolean invited;
    boolean muted;

    // Parties.
    boolean admitted;
    boolean knocked;
    boolean sharing;
    List<String> watching;

    Person(String identity, String subject, long order) {
        this.identity = identity;
        this.subject = subject;
        this.order = order;
    }

    /** Back to a plain viewer: no hand, no invitation, no mute. */
    void resetToViewer(Instant now) {
        role = Role.VIEWER;
        roleSince = now;
        hand = false;
        invited = false;
        muted = false;
    }
}
