package dev.marquee.platform.interfaces.rest.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** A ticket source as an organizer submits it; {@code type} is a ticketing plugin's id. */
public class TicketSourceInput {

    @NotBlank
    @Size(max = 64)
    public String type;

    public Map<String, Object> settings;
}
