package dev.marquee.platform.application.team;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.auth.Role;

/** Which roles an invitation may offer, and what a role on an event or stage means in words. */
public final class TeamScope {

    private TeamScope() {
    }

    /**
     * Refuses roles that are not handed out by invitation (SPEAKER and VIEWER come from hosts and tickets)
     * and an organizer of a single stage (organizers run whole events).
     */
    public static void check(Role role, Long stageId) {
        if (role != Role.ORGANIZER && role != Role.HOST && role != Role.MODERATOR) {
            throw Problem.invalid("Invite people as ORGANIZER, HOST or MODERATOR");
        }
        if (role == Role.ORGANIZER && stageId != null) {
            throw Problem.invalid("Organizers run a whole event: leave the stage empty");
        }
    }

    /** E.g. "co-organize DevDays", "host the stage Main of DevDays", "moderate the chat of DevDays". */
    public static String describe(Role role, String eventTitle, String stageName) {
        String where = stageName == null ? eventTitle : "the stage " + stageName + " of " + eventTitle;
        return switch (role) {
            case ORGANIZER -> "co-organize " + eventTitle;
            case HOST -> stageName == null ? "host the stages of " + eventTitle : "host " + where;
            case MODERATOR -> "moderate the chat of " + where;
            default -> role.name().toLowerCase() + " at " + where;
        };
    }
}
