package dev.marquee.plugin.twilio.stage;

import static dev.marquee.plugin.twilio.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.Comparator;
import java.util.List;

/** The server frames of an interactive stage ({@code stage.*}), as JSON text. */
final class InteractiveFrames {

    /** Viewers listed by name in {@code stage.state}; the rest are counted. */
    static final int VIEWERS_LISTED = 100;
    /** Raised hands listed in {@code stage.state}. */
    static final int HANDS_LISTED = 100;

    private InteractiveFrames() {
    }

    static String state(boolean live, Person host, List<Person> people, int max, int used, String overflowUrl) {
        JsonArrayBuilder speakers = JSON.createArrayBuilder();
        people.stream().filter(p -> p.role.publishes())
                .sorted(Comparator.comparing((Person p) -> p.role != Role.HOST).thenComparingLong(p -> p.order))
                .forEach(p -> speakers.add(Frames.person(p).add("muted", p.muted).add("host", p.role == Role.HOST)));
        List<Person> viewers = people.stream().filter(p -> p.role == Role.VIEWER).toList();
        JsonArrayBuilder first = JSON.createArrayBuilder();
        viewers.stream().limit(VIEWERS_LISTED).forEach(p -> first.add(Frames.person(p).add("hand", p.hand)));
        JsonArrayBuilder hands = JSON.createArrayBuilder();
        viewers.stream().filter(p -> p.hand).sorted(Comparator.comparingLong(p -> p.handOrder)).limit(HANDS_LISTED)
                .forEach(p -> hands.add(p.identity));
        JsonObjectBuilder frame = JSON.createObjectBuilder().add("type", "stage.state").add("mode", "interactive")
                .add("live", live);
        if (host == null) {
            frame.addNull("host");
        } else {
            frame.add("host", Frames.person(host));
        }
        frame.add("speakers", speakers)
                .add("viewers", JSON.createObjectBuilder().add("first", first).add("total", viewers.size()))
                .add("hands", hands)
                .add("capacity", Frames.capacity(max, used));
        if (overflowUrl != null) {
            frame.add("overflowUrl", overflowUrl);
        }
        return frame.build().toString();
    }

    static String you(Person person, String token, String room, boolean live) {
        JsonObjectBuilder frame = JSON.createObjectBuilder().add("type", "stage.you")
                .add("identity", person.identity).add("name", person.name).add("role", person.role.wire());
        Frames.addNullable(frame, "token", token);
        Frames.addNullable(frame, "room", token == null ? null : room);
        return frame.add("live", live).add("invited", person.invited).add("hand", person.hand)
                .add("muted", person.muted).add("leads", person.leads).build().toString();
    }

    static String invited(Person host) {
        return JSON.createObjectBuilder().add("type", "stage.invited").add("by", Frames.person(host)).build().toString();
    }

    static String declined(Person viewer) {
        return JSON.createObjectBuilder().add("type", "stage.declined").add("identity", viewer.identity)
                .add("name", viewer.name).build().toString();
    }

    static String muted(Person host) {
        return JSON.createObjectBuilder().add("type", "stage.muted").add("by", Frames.person(host)).build().toString();
    }

    static String moved(String token, String room) {
        JsonObjectBuilder frame = JSON.createObjectBuilder().add("type", "stage.moved").add("role", "viewer");
        Frames.addNullable(frame, "token", token);
        Frames.addNullable(frame, "room", token == null ? null : room);
        return frame.build().toString();
    }

    static String ended(String reason) {
        return JSON.createObjectBuilder().add("type", "stage.ended").add("reason", reason).build().toString();
    }
}
