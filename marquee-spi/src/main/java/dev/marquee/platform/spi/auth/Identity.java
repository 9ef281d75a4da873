package dev.marquee.platform.spi.auth;

import java.util.Set;

/**
 * A signed-in person. {@code subject} is stable and unique across mechanisms (e.g. {@code account:12},
 * {@code attendee:40}); {@code eventId} limits the identity to one event, or is null for platform-wide
 * identities such as organizers.
 *
 * <p>Make it with {@link #builder(String)}: the record may gain components in a later version, which
 * changes the canonical constructor but not the builder.
 *
 * @since 0.1.0
 */
public record Identity(String subject, String displayName, String email, Set<Role> roles, Long eventId) {

    public Identity {
        roles = Set.copyOf(roles);
    }

    /** A builder for the person with this subject; no name, email or roles, platform-wide. */
    public static Builder builder(String subject) {
        return new Builder(subject);
    }

    /** Collects an {@link Identity}'s values by name. Not thread-safe; use one per identity. */
    public static final class Builder {

        private final String subject;
        private String displayName;
        private String email;
        private Set<Role> roles = Set.of();
        private Long eventId;

        private Builder(String subject) {
            this.subject = subject;
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder roles(Set<Role> roles) {
            this.roles = roles;
            return this;
        }

        /** Limits the identity to one event (an attendee's). */
        public Builder eventId(Long eventId) {
            this.eventId = eventId;
            return this;
        }

        public Identity build() {
            return new Identity(subject, displayName, email, roles, eventId);
        }
    }
}
