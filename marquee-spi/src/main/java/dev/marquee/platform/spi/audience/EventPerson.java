package dev.marquee.platform.spi.audience;

import java.util.Objects;

/**
 * A person of an event as {@link PeopleDirectory} lists them: the stable {@code subject}
 * ({@code attendee:<id>}) and the name they go by. Never an email. Immutable; any thread.
 *
 * @since 0.1.0
 */
public record EventPerson(String subject, String displayName) {

    public EventPerson {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(displayName);
    }
}
