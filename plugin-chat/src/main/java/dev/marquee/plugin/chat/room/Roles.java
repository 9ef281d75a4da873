package dev.marquee.plugin.chat.room;

import dev.marquee.platform.spi.auth.CallerView;
import dev.marquee.platform.spi.auth.Role;

/**
 * The role shown beside a signed-in person's name: {@code organizer}, {@code host}, {@code moderator},
 * {@code speaker} or {@code viewer}.
 */
public final class Roles {

    /** The role of a guest who has given no name yet: they watch, and may send nothing. */
    public static final String WATCHER = "watcher";

    private Roles() {
    }

    /** The role a person has on the stage {@code stageId} of {@code eventId}: team grants for the stage or its event count. */
    public static String of(CallerView who, long eventId, long stageId, boolean leads) {
        if (who.rolesOn(eventId, null).contains(Role.ORGANIZER)) {
            return "organizer";
        }
        if (who.rolesOn(eventId, stageId).contains(Role.HOST)) {
            return "host";
        }
        String general = of(who);
        return leads && !"organizer".equals(general) && !"host".equals(general) ? "moderator" : general;
    }

    public static String of(CallerView who) {
        if (who.organizer()) {
            return "organizer";
        }
        if (who.roles().contains(Role.HOST)) {
            return "host";
        }
        return who.roles().contains(Role.SPEAKER) ? "speaker" : "viewer";
    }
}
