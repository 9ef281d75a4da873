package dev.marquee.platform.spi.auth;

import java.util.Set;

/**
 * A signed-in person. {@code subject} is stable and unique across mechanisms (e.g. {@code account:12},
 * {@code attendee:40}); {@code eventId} limits the identity to one event, or is null for platform-wide
 * identities such as organizers.
 */
public record Identity(String subject, String displayName, String email, Set<Role> roles, Long eventId) {

    public Identity {
        roles = Set.copyOf(roles);
    }
}
