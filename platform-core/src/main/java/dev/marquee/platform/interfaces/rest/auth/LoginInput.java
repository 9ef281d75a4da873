package dev.marquee.platform.interfaces.rest.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An organizer's email and password. */
public record LoginInput(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "LoginInput[" + email + "]";
    }
}
