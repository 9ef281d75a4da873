package dev.marquee.platform.interfaces.rest.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The setup token from the log and the first organizer's account. */
public class SetupInput {

    @NotBlank
    @Size(max = 100)
    public String token;

    @NotBlank
    @Email
    @Size(max = 320)
    public String email;

    @NotBlank
    @Size(min = 10, max = 200)
    public String password;

    @Size(max = 200)
    public String displayName;

    @Override
    public String toString() {
        return "SetupInput[" + email + "]";
    }
}
