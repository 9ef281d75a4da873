package dev.marquee.platform.application.schedule.importing;

import dev.marquee.platform.domain.model.stage.Stage;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which stage each room of a schedule file goes to. Proposed by name: a stage whose name or address
 * matches the room's name (ignoring case, accents, spaces and punctuation); a room with no such stage
 * is unmapped (null) until the organizer picks one. A mapping saved earlier wins over the proposal.
 */
public final class RoomMapping {

    private RoomMapping() {
    }

    /** room → stage id (or null), for every room, in the rooms' order. */
    public static Map<String, Long> propose(Collection<String> rooms, List<Stage> stages, Map<String, Long> saved) {
        Map<String, Long> mapping = new LinkedHashMap<>();
        for (String room : rooms) {
            Long remembered = saved.get(room);
            if (remembered != null && stages.stream().anyMatch(s -> s.id().equals(remembered))) {
                mapping.put(room, remembered);
                continue;
            }
            String key = key(room);
            mapping.put(room, stages.stream().filter(s -> key.equals(key(s.name())) || key.equals(key(s.slug())))
                    .map(Stage::id).findFirst().orElse(null));
        }
        return mapping;
    }

    /** A name reduced to lower-case letters and digits, accents dropped: "Saal 1" and "saal-1" are the same. */
    static String key(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
