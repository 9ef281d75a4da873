package dev.marquee.plugin.chat.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A message to a group chat; cleaned and cut as in the stage chat. */
public class MessageInput {

    @NotNull
    @Size(max = 16_000)
    public String text;
}
