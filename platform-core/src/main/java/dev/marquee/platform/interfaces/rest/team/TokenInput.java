package dev.marquee.platform.interfaces.rest.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An invitation link's token (sent in a body, never in a URL, so it stays out of access logs). */
public class TokenInput {

    @NotBlank
    @Size(max = 100)
    public String token;

    @Override
    public String toString() {
        return "TokenInput[...]";
    }
}
