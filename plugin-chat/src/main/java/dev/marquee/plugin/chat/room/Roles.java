package dev.marquee.plugin.chat.room;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.auth.Role;

/** The role shown beside a signed-in person's name: {@code organizer}, {@code host}, {@code speaker} or {@code viewer}. */
public final class Roles {

    private Roles() {
    }

    public static String of(Caller who) {
        if (who.organizer()) {
            return "organizer";
        }
        if (who.roles().contains(Role.HOST)) {
            return "host";
        }
        return who.roles().contains(Role.SPEAKER) ? "speaker" : "viewer";
    }
}
