package dev.marquee.plugin.twilio.stage;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stage's Twilio room is named {@code marquee-stage-{id}}: unique while in progress, safe in URLs. */
public final class RoomNames {

    private static final String PREFIX = "marquee-stage-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})");

    private RoomNames() {
    }

    public static String of(long stageId) {
        return PREFIX + stageId;
    }

    /** The stage a room belongs to, if the name is one of ours. */
    public static OptionalLong stageId(String roomName) {
        if (roomName == null) {
            return OptionalLong.empty();
        }
        Matcher matcher = NAME.matcher(roomName);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
