package dev.marquee.platform.interfaces.rest.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where to send a test mail. */
public class TestMailInput {

    @NotBlank
    @Email
    @Size(max = 320)
    public String to;

    @Override
    public String toString() {
        return "TestMailInput[" + to + "]";
    }
}
