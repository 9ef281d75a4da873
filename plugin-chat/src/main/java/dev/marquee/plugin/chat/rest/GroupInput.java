package dev.marquee.plugin.chat.rest;

import jakarta.validation.constraints.Size;

import java.util.List;

/** A new group chat: an optional name and the ids of the people picked (from {@code /events/{id}/people}). */
public class GroupInput {

    @Size(max = 200)
    public String name;

    @Size(max = 100)
    public List<String> members;
}
