package dev.marquee.plugin.twilio.stage;

import static dev.marquee.plugin.twilio.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.Collection;

/** JSON pieces shared by the stage and party frames. */
final class Frames {

    private Frames() {
    }

    static String error(String error, String detail) {
        return JSON.createObjectBuilder().add("type", "error").add("error", error).add("detail", detail)
                .build().toString();
    }

    /** The {@code full} error, with the overflow stage's page when there is one. */
    static String full(int max, String overflowUrl) {
        JsonObjectBuilder frame = JSON.createObjectBuilder().add("type", "error").add("error", "full")
                .add("detail", "The video room is full (" + max + " people)"
                        + (overflowUrl == null ? "" : "; watch the overflow stage instead"));
        if (overflowUrl != null) {
            frame.add("overflowUrl", overflowUrl);
        }
        return frame.build().toString();
    }

    static JsonObjectBuilder person(Person person) {
        return JSON.createObjectBuilder().add("identity", person.identity).add("name", person.name);
    }

    static JsonObjectBuilder capacity(int max, int used) {
        return JSON.createObjectBuilder().add("max", max).add("used", used);
    }

    static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    static void addNullable(JsonObjectBuilder builder, String name, String value) {
        if (value == null) {
            builder.addNull(name);
        } else {
            builder.add(name, value);
        }
    }
}
