package dev.marquee.platform.spi.media;

import dev.marquee.platform.spi.auth.Role;

import java.util.Set;

/**
 * The person asking to play a stage: a stable subject (an account, an attendee or a guest), the name
 * shown to others, and their roles for this stage's event.
 */
public record Viewer(String subject, String displayName, Set<Role> roles) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
