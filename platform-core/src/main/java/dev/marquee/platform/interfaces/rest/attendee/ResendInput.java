package dev.marquee.platform.interfaces.rest.attendee;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Send my code again": the email address the ticket was bought with, and the event's slug if known. */
public class ResendInput {

    @NotBlank
    @Email
    @Size(max = 320)
    public String email;

    @Size(max = 100)
    public String event;

    @Override
    public String toString() {
        return "ResendInput[...]";
    }
}
