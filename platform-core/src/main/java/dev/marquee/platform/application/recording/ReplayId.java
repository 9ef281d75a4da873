package dev.marquee.platform.application.recording;

import java.util.Optional;

/**
 * What a replay address plays: a scheduled session's replay ({@code s12}) or a whole recording ({@code r7}).
 *
 * @param session true for a session's replay, false for a whole recording
 * @param id the session's or the recording's id
 */
public record ReplayId(boolean session, long id) {

    public static ReplayId ofSession(long sessionId) {
        return new ReplayId(true, sessionId);
    }

    public static ReplayId ofRecording(long recordingId) {
        return new ReplayId(false, recordingId);
    }

    /** Reads {@code s12} or {@code r7}; empty for anything else. */
    public static Optional<ReplayId> parse(String text) {
        if (text == null || text.length() < 2 || text.length() > 20 || (text.charAt(0) != 's' && text.charAt(0) != 'r')) {
            return Optional.empty();
        }
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(new ReplayId(text.charAt(0) == 's', Long.parseLong(text.substring(1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return (session ? "s" : "r") + id;
    }
}
