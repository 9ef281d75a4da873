package dev.marquee.plugin.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A room's chat settings: open or closed, and slow mode (seconds between one person's messages; 0 = off). */
@Entity
@Table(name = "chat_room_settings")
public class RoomSettings {

    @Id
    private String room;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "slow_mode_seconds", nullable = false)
    private int slowModeSeconds;

    protected RoomSettings() {
    }

    public RoomSettings(String room, boolean enabled, int slowModeSeconds) {
        this.room = room;
        change(enabled, slowModeSeconds);
    }

    public final void change(boolean open, int slowMode) {
        this.enabled = open;
        this.slowModeSeconds = slowMode;
    }

    public String room() {
        return room;
    }

    public boolean enabled() {
        return enabled;
    }

    public int slowModeSeconds() {
        return slowModeSeconds;
    }
}
