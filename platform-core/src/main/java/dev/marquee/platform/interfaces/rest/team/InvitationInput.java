package dev.marquee.platform.interfaces.rest.team;

import dev.marquee.platform.spi.auth.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Whom to invite: an address, a role (ORGANIZER, HOST, MODERATOR) and, for hosts and moderators, a stage. */
public class InvitationInput {

    @NotBlank
    @Email
    @Size(max = 320)
    public String email;

    @NotNull
    public Role role;

    public Long stageId;
}
