package dev.marquee.plugin.chat.room;

import dev.marquee.plugin.chat.domain.ChatBan;
import dev.marquee.plugin.chat.domain.RoomSettings;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the {@link ChatBus} carries to every instance: the frame for a room's (or an inbox's) clients
 * there, and the change it makes to each instance's copy of the room (its history, pin, bans,
 * settings). Plain values only, so any member can read it; the database already holds the change.
 *
 * @param room      {@code stage:<id>} or {@code inbox:<eventId>:<subject>}; null for {@link Change#REVOKED}
 * @param frame     the JSON frame for the clients, or null when there is none
 * @param messageId the message concerned (MESSAGE, DELETED, PINNED)
 * @param subject   the person concerned (BANNED, REVOKED)
 * @param address   a banned guest's network address, when the moderator's instance knew it
 * @param until     end of a time-out in epoch milliseconds; null for a ban
 */
public record RoomSignal(String room, String frame, Change change, long messageId, String subject, String address,
                         Long until, boolean enabled, int slowModeSeconds) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How the signal changes each instance's copy of the room. */
    public enum Change {
        /** Just a frame (live status, moderation notices, group frames). */
        NONE,
        /** A new message: kept in the recent history. */
        MESSAGE,
        DELETED,
        PINNED,
        UNPINNED,
        CLEARED,
        /** A ban or time-out; a ban also closes the person's connections. */
        BANNED,
        SETTINGS,
        /** The stage is gone: its connections close and the room is forgotten. */
        REMOVED,
        /** A person's access ended: all their connections close, in every room. */
        REVOKED,
        /** A frame for one connection ({@code subject} holds its id), wherever it is connected. */
        TO_CONNECTION,
        /** A frame for every connection of one person ({@code subject}) in the room. */
        TO_SUBJECT,
        /** Closes one connection ({@code subject} holds its id; {@code frame} the reason), so it reconnects. */
        DISCONNECT,
        /** A frame of counts for the room: a connection with an unsent one of its type adds it into that one. */
        SUMS
    }

    public static RoomSignal frame(String room, String frame) {
        return new RoomSignal(room, frame, Change.NONE, 0, null, null, null, false, 0);
    }

    public static RoomSignal message(String room, long id, String frame) {
        return new RoomSignal(room, frame, Change.MESSAGE, id, null, null, null, false, 0);
    }

    public static RoomSignal deleted(String room, long id, String frame) {
        return new RoomSignal(room, frame, Change.DELETED, id, null, null, null, false, 0);
    }

    public static RoomSignal pinned(String room, long id, String frame) {
        return new RoomSignal(room, frame, Change.PINNED, id, null, null, null, false, 0);
    }

    public static RoomSignal unpinned(String room, String frame) {
        return new RoomSignal(room, frame, Change.UNPINNED, 0, null, null, null, false, 0);
    }

    public static RoomSignal cleared(String room, String frame) {
        return new RoomSignal(room, frame, Change.CLEARED, 0, null, null, null, false, 0);
    }

    public static RoomSignal banned(ChatBan ban, String frame) {
        return new RoomSignal(ban.room(), frame, Change.BANNED, 0, ban.subject(), ban.address(),
                ban.until() == null ? null : ban.until().toEpochMilli(), false, 0);
    }

    public static RoomSignal settings(RoomSettings settings, String frame) {
        return new RoomSignal(settings.room(), frame, Change.SETTINGS, 0, null, null, null, settings.enabled(),
                settings.slowModeSeconds());
    }

    public static RoomSignal removed(String room) {
        return new RoomSignal(room, null, Change.REMOVED, 0, null, null, null, false, 0);
    }

    public static RoomSignal revoked(String subject) {
        return new RoomSignal(null, null, Change.REVOKED, 0, subject, null, null, false, 0);
    }

    public static RoomSignal sums(String room, String frame) {
        return new RoomSignal(room, frame, Change.SUMS, 0, null, null, null, false, 0);
    }

    public static RoomSignal toConnection(String connectionId, String frame) {
        return new RoomSignal(null, frame, Change.TO_CONNECTION, 0, connectionId, null, null, false, 0);
    }

    public static RoomSignal toSubject(String room, String subject, String frame) {
        return new RoomSignal(room, frame, Change.TO_SUBJECT, 0, subject, null, null, false, 0);
    }

    public static RoomSignal disconnect(String connectionId, String reason) {
        return new RoomSignal(null, reason, Change.DISCONNECT, 0, connectionId, null, null, false, 0);
    }

    /** The ban this signal carries, as this instance's room keeps it. */
    ChatBan ban(String heldAddress, Instant now) {
        return new ChatBan(room, subject, address != null ? address : heldAddress,
                until == null ? null : Instant.ofEpochMilli(until), now);
    }

    RoomSettings roomSettings() {
        return new RoomSettings(room, enabled, slowModeSeconds);
    }
}
