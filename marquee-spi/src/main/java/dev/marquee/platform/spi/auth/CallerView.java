package dev.marquee.platform.spi.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a plugin is serving, as core resolved them: a signed-in person (an account or an attendee, with
 * the roles of their session and the team grants of their account), a guest of a PUBLIC event admitted to
 * a stage, or nobody ({@link #ANONYMOUS}). It carries the stable {@code subject} ({@code account:<id>},
 * {@code attendee:<id>}, {@code guest:<id>}), which a plugin keeps in its own records but never sends to
 * a browser ({@link dev.marquee.platform.spi.audience.OpaquePersonIds} gives the id to show), and never
 * an email.
 *
 * <p><b>Lifecycle.</b> A snapshot taken when core resolved the caller (the request came in, the socket
 * was admitted): a grant removed later is not seen by it. Get it from
 * {@link RequestCaller#get()} in a REST resource or from
 * {@link dev.marquee.platform.spi.stage.SocketAdmission} for a socket; make one with {@link #builder}
 * only in tests.
 *
 * <p><b>Threading.</b> Immutable; any thread.
 *
 * <p><b>Stability.</b> Accessors may be added, none removed or changed; the builder grows with them.
 *
 * @since 0.1.0
 */
public final class CallerView {

    /** Nobody signed in, not admitted as a guest. */
    public static final CallerView ANONYMOUS = new Builder(null).displayName("Guest").build();

    /**
     * A role granted to an account for one event ({@code stageId} null) or for one stage of it: how an
     * event's team (organizers, hosts, moderators) is made.
     *
     * @since 0.1.0
     */
    public record Grant(Role role, long eventId, Long stageId) {

        public Grant {
            Objects.requireNonNull(role);
        }

        /** Whether this grant reaches the stage {@code stageId} of {@code eventId} (null: the event as a whole). */
        public boolean reaches(long eventId, Long stageId) {
            return this.eventId == eventId && (this.stageId == null || this.stageId.equals(stageId));
        }
    }

    private final String subject;
    private final String displayName;
    private final Set<Role> roles;
    private final Long eventId;
    private final Long sessionId;
    private final List<Grant> grants;

    private CallerView(Builder b) {
        this.subject = b.subject;
        this.displayName = b.displayName;
        this.roles = Set.copyOf(b.roles);
        this.eventId = b.eventId;
        this.sessionId = b.sessionId;
        this.grants = List.copyOf(b.grants);
    }

    /** A builder for the caller with this subject (null for nobody): not signed in, no roles, until told. */
    public static Builder builder(String subject) {
        return new Builder(subject);
    }

    /** Whether the caller has a session (a guest and nobody have none). */
    public boolean signedIn() {
        return sessionId != null;
    }

    /** The stable subject; null for {@link #ANONYMOUS}. */
    public String subject() {
        return subject;
    }

    /** The name other people see. */
    public String displayName() {
        return displayName;
    }

    /** The roles of the session: platform-wide for an account, for their event for an attendee. */
    public Set<Role> roles() {
        return roles;
    }

    /** A platform-wide organizer: every event, and the platform's own settings and plugins. */
    public boolean organizer() {
        return roles.contains(Role.ORGANIZER);
    }

    /** The event the caller's identity is limited to (an attendee's); empty when platform-wide or nobody. */
    public Optional<Long> eventId() {
        return Optional.ofNullable(eventId);
    }

    /** The session, for {@link SessionGuard#watch}; empty when not signed in. */
    public Optional<Long> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /**
     * The roles the account's team grants give it on the stage {@code stageId} of {@code eventId}, or, with
     * {@code stageId} null, on the event as a whole (grants for single stages then do not count). Empty
     * when not signed in.
     */
    public Set<Role> rolesOn(long eventId, Long stageId) {
        if (!signedIn()) {
            return Set.of();
        }
        return grants.stream().filter(g -> g.reaches(eventId, stageId)).map(Grant::role)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Collects a {@link CallerView}'s values by name. Not thread-safe; use one per caller. */
    public static final class Builder {

        private final String subject;
        private String displayName;
        private Set<Role> roles = Set.of();
        private Long eventId;
        private Long sessionId;
        private List<Grant> grants = List.of();

        private Builder(String subject) {
            this.subject = subject;
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Builder roles(Set<Role> roles) {
            this.roles = roles;
            return this;
        }

        /** Limits the caller to one event (an attendee's). */
        public Builder eventId(Long eventId) {
            this.eventId = eventId;
            return this;
        }

        /** The caller's session; a caller with one is signed in. */
        public Builder sessionId(Long sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder grants(List<Grant> grants) {
            this.grants = grants;
            return this;
        }

        public CallerView build() {
            return new CallerView(this);
        }
    }
}
