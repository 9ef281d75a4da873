package dev.marquee.platform.interfaces.rest.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An invitation link's token, with the existing account's password or a new account's name and password. */
public class AcceptInput {

    @NotBlank
    @Size(max = 100)
    public String token;

    @Size(max = 200)
    public String displayName;

    @Size(max = 200)
    public String password;

    @Override
    public String toString() {
        return "AcceptInput[...]";
    }
}
