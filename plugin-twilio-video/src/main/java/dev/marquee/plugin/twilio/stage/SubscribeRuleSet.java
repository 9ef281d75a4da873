package dev.marquee.plugin.twilio.stage;

import static dev.marquee.plugin.twilio.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A party-goer's subscribe rules, always the whole set (Twilio keeps no state between updates):
 * everyone's audio and data, and video only from the DJ and the people they chose to watch.
 */
public final class SubscribeRuleSet {

    /** People one may choose to watch; with the audio, data and DJ rules this stays under Twilio's 20 rules. */
    public static final int MAX_WATCHED = 16;

    private SubscribeRuleSet() {
    }

    /** The rules as the JSON array sent in {@code Rules}. */
    public static String forParty(List<String> watching, String dj, String self) {
        Set<String> publishers = new LinkedHashSet<>();
        if (dj != null) {
            publishers.add(dj);
        }
        publishers.addAll(watching);
        publishers.remove(self);
        JsonArrayBuilder rules = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("type", "include").add("kind", "audio"))
                .add(JSON.createObjectBuilder().add("type", "include").add("kind", "data"));
        publishers.forEach(identity -> rules.add(JSON.createObjectBuilder().add("type", "include")
                .add("publisher", identity).add("kind", "video")));
        return rules.build().toString();
    }
}
