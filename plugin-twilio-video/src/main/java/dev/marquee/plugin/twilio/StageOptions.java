package dev.marquee.plugin.twilio;

import dev.marquee.platform.spi.settings.SettingDescriptor;
import dev.marquee.platform.spi.settings.SettingError;
import dev.marquee.platform.spi.settings.SettingType;
import dev.marquee.platform.spi.settings.Settings;
import dev.marquee.platform.spi.settings.SettingsSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@code twilio-video} stage's settings, typed: its mode, whether a party is invite only, the room's
 * capacity and the stage offered to those who find it full. {@link #schema} describes them as data.
 */
public record StageOptions(Mode mode, boolean privateParty, int maxParticipants, String overflowStageSlug) {

    /** Twilio's Group room cap. */
    public static final int MAX_PARTICIPANTS = 50;

    /** How a stage runs. */
    public enum Mode {
        /** A host, speakers invited from the audience, and viewers. */
        INTERACTIVE,
        /** Everyone may share video; the first to arrive is the DJ. */
        PARTY;

        public String wire() {
            return name().toLowerCase();
        }
    }

    /** The settings form; refuses everything, naming the missing variables, while Twilio is not configured. */
    public static SettingsSchema schema(Supplier<Optional<String>> notConfigured) {
        return SettingsSchema.of(
                SettingDescriptor.of("mode", SettingType.CHOICE, "Mode")
                        .help("interactive: a host invites viewers on stage; party: everyone may share video")
                        .choices("interactive", "party").defaultValue("interactive"),
                SettingDescriptor.of("privateParty", SettingType.BOOLEAN, "Invite only")
                        .help("Party mode: only people the DJ (or an organizer) invites get in")
                        .defaultValue(false),
                SettingDescriptor.of("maxParticipants", SettingType.INTEGER, "Room capacity")
                        .help("People in the video room at once, 2 to 50 (Twilio's Group room limit)")
                        .defaultValue(MAX_PARTICIPANTS),
                SettingDescriptor.of("overflowStageSlug", SettingType.STRING, "Overflow stage")
                        .help("Address of another stage of this event (an rtmp stage the host restreams to), "
                                + "offered to people who find the room full"))
                .withRule(settings -> check(settings, notConfigured.get()));
    }

    /** The typed options of validated settings; defaults where a value is missing. */
    public static StageOptions of(Settings settings) {
        Mode mode = "party".equals(settings.string("mode").orElse("interactive")) ? Mode.PARTY : Mode.INTERACTIVE;
        int max = settings.integer("maxParticipants").map(Long::intValue).orElse(MAX_PARTICIPANTS);
        max = Math.max(2, Math.min(MAX_PARTICIPANTS, max));
        String overflow = settings.string("overflowStageSlug").map(String::strip).filter(s -> !s.isEmpty())
                .orElse(null);
        return new StageOptions(mode, settings.bool("privateParty"), max, overflow);
    }

    /** The overflow stage's page, {@code /e/{event}/{stage}}, if one is set. */
    public Optional<String> overflowUrl(String eventSlug) {
        return Optional.ofNullable(overflowStageSlug).map(slug -> "/e/" + eventSlug + "/" + slug);
    }

    private static List<SettingError> check(Settings settings, Optional<String> notConfigured) {
        List<SettingError> errors = new ArrayList<>();
        notConfigured.ifPresent(reason -> errors.add(new SettingError("provider", reason)));
        long max = settings.integer("maxParticipants").orElse((long) MAX_PARTICIPANTS);
        if (max < 2 || max > MAX_PARTICIPANTS) {
            errors.add(new SettingError("maxParticipants", "Room capacity must be between 2 and 50"));
        }
        settings.string("overflowStageSlug").map(String::strip).filter(s -> !s.isEmpty())
                .filter(slug -> !slug.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .ifPresent(slug -> errors.add(new SettingError("overflowStageSlug",
                        "Overflow stage must be a stage address: lower-case letters, digits and dashes")));
        return errors;
    }
}
