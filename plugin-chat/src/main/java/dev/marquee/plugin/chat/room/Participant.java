package dev.marquee.plugin.chat.room;

import dev.marquee.plugin.chat.domain.Author;

/**
 * A person on a connection: the stable {@code subject} (an account or attendee, or {@code guest:<name>}),
 * the name others see, the role shown beside it, whether they may moderate, and the network address
 * (used to hold guests to a ban, never shown).
 */
public record Participant(String subject, String name, String role, boolean moderator, boolean guest, String address) {

    public Author author() {
        return new Author(subject, name, role);
    }
}
