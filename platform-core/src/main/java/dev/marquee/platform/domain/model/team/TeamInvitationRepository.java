package dev.marquee.platform.domain.model.team;

import java.util.List;
import java.util.Optional;

/** Stores team invitations. */
public interface TeamInvitationRepository {

    TeamInvitation add(TeamInvitation invitation);

    Optional<TeamInvitation> find(long id);

    Optional<TeamInvitation> findByTokenHash(String tokenHash);

    /** The event's invitations, newest first. */
    List<TeamInvitation> ofEvent(long eventId);

    void remove(TeamInvitation invitation);
}
