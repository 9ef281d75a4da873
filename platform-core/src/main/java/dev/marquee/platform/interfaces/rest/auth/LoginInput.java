package dev.marquee.platform.interfaces.rest.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An organizer's email and password. */
public class LoginInput {

    @NotBlank
    @Size(max = 320)
    public String email;

    @NotBlank
    @Size(max = 200)
    public String password;

    @Override
    public String toString() {
        return "LoginInput[" + email + "]";
    }
}
