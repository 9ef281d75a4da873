package dev.marquee.plugin.chat.room;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.auth.Role;
import dev.marquee.platform.spi.media.StageRef;

/**
 * The role shown beside a signed-in person's name: {@code organizer}, {@code host}, {@code moderator},
 * {@code speaker} or {@code viewer}.
 */
public final class Roles {

    /** The role of a guest who has given no name yet: they watch, and may send nothing. */
    public static final String WATCHER = "watcher";

    private Roles() {
    }

    /** The role a person has on one stage: team grants for the stage or its event count. */
    public static String of(Caller who, StageRef stage, boolean leads) {
        if (who.holds(Role.ORGANIZER, stage.eventId(), null)) {
            return "organizer";
        }
        if (who.holds(Role.HOST, stage.eventId(), stage.id())) {
            return "host";
        }
        String general = of(who);
        return leads && !"organizer".equals(general) && !"host".equals(general) ? "moderator" : general;
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
