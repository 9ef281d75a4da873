package dev.marquee.platform.interfaces.rest.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The setup token from the log and the first organizer's account. */
public record SetupInput(@NotBlank @Size(max = 100) String token,
                         @NotBlank @Email @Size(max = 320) String email,
                         @NotBlank @Size(min = 10, max = 200) String password,
                         @Size(max = 200) String displayName) {

    @Override
    public String toString() {
        return "SetupInput[" + email + "]";
    }
}
