package dev.marquee.plugin.rtmp.abr;

import dev.marquee.platform.spi.settings.SettingError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stage's transcoding ladder: its renditions (highest first), the H.264 encoder that makes them and, for
 * libx264, the preset. {@link #parse} checks everything an organizer sends ({@link LadderRules}); the stored
 * form ({@link #encode}) is read back through the same checks.
 */
public record Ladder(List<Rendition> renditions, String encoder, String preset) {

    public static final String DEFAULT_ENCODER = "libx264";
    public static final String DEFAULT_PRESET = "veryfast";

    /** A rendition as sent, unchecked. */
    public record Input(String name, Integer height, Integer videoKbps, Integer audioKbps) {
    }

    /** Thrown with the refused fields ({@code renditions[i].height}, {@code encoder}, ...). */
    public static final class Invalid extends Exception {
        private final transient List<SettingError> errors;

        Invalid(List<SettingError> errors) {
            super(errors.isEmpty() ? "invalid" : errors.get(0).name() + ": " + errors.get(0).message());
            this.errors = List.copyOf(errors);
        }

        public List<SettingError> errors() {
            return errors;
        }
    }

    public Ladder {
        renditions = List.copyOf(renditions);
    }

    /** Checks and builds a ladder of 1 to {@code maxRenditions} renditions, distinct in name and height. */
    public static Ladder parse(List<Input> inputs, String encoder, String preset, int maxRenditions) throws Invalid {
        List<SettingError> errors = new ArrayList<>();
        List<Rendition> renditions = new ArrayList<>();
        if (inputs == null || inputs.isEmpty() || inputs.size() > maxRenditions) {
            errors.add(new SettingError("renditions", "From 1 to " + maxRenditions + " renditions"));
        } else {
            Set<String> names = new HashSet<>();
            Set<Integer> heights = new HashSet<>();
            for (int i = 0; i < inputs.size(); i++) {
                Input in = inputs.get(i);
                String at = "renditions[" + i + "].";
                if (in == null) {
                    errors.add(new SettingError("renditions[" + i + "]", "A rendition, not nothing"));
                    continue;
                }
                int before = errors.size();
                LadderRules.name(in.name()).ifPresent(m -> errors.add(new SettingError(at + "name", m)));
                LadderRules.height(in.height()).ifPresent(m -> errors.add(new SettingError(at + "height", m)));
                LadderRules.videoKbps(in.videoKbps()).ifPresent(m -> errors.add(new SettingError(at + "videoKbps", m)));
                LadderRules.audioKbps(in.audioKbps()).ifPresent(m -> errors.add(new SettingError(at + "audioKbps", m)));
                if (errors.size() > before) {
                    continue;
                }
                if (!names.add(in.name())) {
                    errors.add(new SettingError(at + "name", "Another rendition has this name"));
                } else if (!heights.add(in.height())) {
                    errors.add(new SettingError(at + "height", "Another rendition has this height"));
                } else {
                    renditions.add(new Rendition(in.name(), in.height(), in.videoKbps(), in.audioKbps()));
                }
            }
        }
        String enc = encoder == null ? DEFAULT_ENCODER : encoder;
        String pre = preset == null ? DEFAULT_PRESET : preset;
        LadderRules.encoder(enc).ifPresent(m -> errors.add(new SettingError("encoder", m)));
        LadderRules.preset(pre).ifPresent(m -> errors.add(new SettingError("preset", m)));
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        renditions.sort(Comparator.comparingInt(Rendition::height).reversed());
        return new Ladder(renditions, enc, pre);
    }

    /** The stored form: {@code name:height:video:audio} per rendition, comma-separated. */
    public String encode() {
        StringBuilder text = new StringBuilder();
        for (Rendition r : renditions) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(r.name()).append(':').append(r.height()).append(':').append(r.videoKbps()).append(':')
                    .append(r.audioKbps());
        }
        return text.toString();
    }

    /** Reads the stored form back, checked again. */
    public static Ladder decode(String renditions, String encoder, String preset, int maxRenditions) throws Invalid {
        List<Input> inputs = new ArrayList<>();
        for (String item : renditions.split(",")) {
            String[] f = item.split(":", -1);
            if (f.length != 4) {
                throw new Invalid(List.of(new SettingError("renditions", "Stored ladder is damaged")));
            }
            inputs.add(new Input(f[0], number(f[1]), number(f[2]), number(f[3])));
        }
        return parse(inputs, encoder, preset, maxRenditions);
    }

    /** The rendition of that name, if the ladder has one. */
    public java.util.Optional<Rendition> rendition(String name) {
        return renditions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
