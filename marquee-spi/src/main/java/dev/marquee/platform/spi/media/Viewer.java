package dev.marquee.platform.spi.media;

import dev.marquee.platform.spi.auth.Role;

import java.util.Set;

/**
 * The person asking to play a stage: a stable subject (an account, an attendee or a guest), the name
 * shown to others, their roles for this stage's event, and the sign-in session they ask from (null for
 * guests and anonymous visitors). A provider that hands out playback addresses ties them to that
 * session, so they stop working when it ends ({@link dev.marquee.platform.spi.auth.SessionGuard}).
 *
 * @since 0.1.0
 */
public record Viewer(String subject, String displayName, Set<Role> roles, Long sessionId) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    /** A viewer without a session (a guest, an anonymous visitor). */
    public Viewer(String subject, String displayName, Set<Role> roles) {
        this(subject, displayName, roles, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
