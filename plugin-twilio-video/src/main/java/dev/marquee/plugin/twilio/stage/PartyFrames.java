package dev.marquee.plugin.twilio.stage;

import static dev.marquee.plugin.twilio.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/** The server frames of a party ({@code party.*}), as JSON text. */
final class PartyFrames {

    /** People (and waiting people) listed by name in {@code party.state}. */
    static final int LISTED = 100;

    private PartyFrames() {
    }

    static String state(boolean live, boolean invitationOnly, Person dj, List<Person> people, int max, int used,
                        String overflowUrl) {
        JsonArrayBuilder in = JSON.createArrayBuilder();
        JsonArrayBuilder waiting = JSON.createArrayBuilder();
        List<Person> admitted = people.stream().filter(p -> p.admitted).toList();
        admitted.stream().limit(LISTED)
                .forEach(p -> in.add(Frames.person(p).add("sharing", p.sharing).add("dj", p == dj)));
        people.stream().filter(p -> !p.admitted).limit(LISTED)
                .forEach(p -> waiting.add(Frames.person(p).add("knocked", p.knocked)));
        JsonObjectBuilder frame = JSON.createObjectBuilder().add("type", "party.state").add("mode", "party")
                .add("live", live).add("private", invitationOnly);
        if (dj == null) {
            frame.addNull("dj");
        } else {
            frame.add("dj", Frames.person(dj));
        }
        frame.add("people", in).add("total", admitted.size()).add("waiting", waiting)
                .add("capacity", Frames.capacity(max, used));
        if (overflowUrl != null) {
            frame.add("overflowUrl", overflowUrl);
        }
        return frame.build().toString();
    }

    static String you(Person person, boolean dj, String token, String room) {
        JsonObjectBuilder frame = JSON.createObjectBuilder().add("type", "party.you")
                .add("identity", person.identity).add("name", person.name);
        Frames.addNullable(frame, "token", token);
        Frames.addNullable(frame, "room", token == null ? null : room);
        return frame.add("dj", dj).add("admitted", person.admitted).add("leads", person.leads)
                .add("watching", Frames.strings(person.watching == null ? List.of() : person.watching))
                .build().toString();
    }

    static String invited(Person by) {
        return JSON.createObjectBuilder().add("type", "party.invited").add("by", Frames.person(by)).build().toString();
    }

    static String knocked(Person person) {
        return JSON.createObjectBuilder().add("type", "party.knocked").add("identity", person.identity)
                .add("name", person.name).build().toString();
    }

    static String ended(String reason) {
        return JSON.createObjectBuilder().add("type", "party.ended").add("reason", reason).build().toString();
    }
}
