package dev.marquee.systemtest;

import dev.marquee.testkit.Api;
import dev.marquee.testkit.Site;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real attendees of an event, made the way organizers make them: a ticket CSV uploaded to the event,
 * the access code mailed by Marquee (read from the test SMTP server) and typed in to sign in.
 */
final class Attendees {

    private static final String HEADER = "Ticket ID,Order ID,First Name,Last Name,Email,Ticket Type,Status,Purchase Date\n";

    private Attendees() {
    }

    /** An email address of the given person that no other test uses. */
    static String email(String tag, String firstName) {
        return tag + "-" + firstName.toLowerCase() + "@example.org";
    }

    /** Imports one paid ticket per first name (last name "Tester") and signs each in; by first name. */
    static Map<String, Api> signedIn(Site server, TestMailServer mail, Api organizer, long eventId,
                                     String tag, String... firstNames) {
        upload(organizer, eventId, tag, "paid", firstNames);
        Map<String, Api> people = new LinkedHashMap<>();
        for (String name : firstNames) {
            String code = mail.awaitCode(email(tag, name), 1);
            Api api = new Api(server);
            Api.Reply reply = api.post("/api/v1/auth/access-code", Map.of("code", code));
            assertThat(reply.status()).as("sign-in of " + name).isEqualTo(200);
            people.put(name, api);
        }
        return people;
    }

    /** Uploads the tickets of these people with the given status ({@code paid}, {@code Refunded}, ...). */
    static void upload(Api organizer, long eventId, String tag, String status, String... firstNames) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (String name : firstNames) {
            csv.append(tag).append('-').append(name).append(",O-").append(name).append(',').append(name)
                    .append(",Tester,").append(email(tag, name)).append(",Full,").append(status).append(",\n");
        }
        Api.Reply run = organizer.postAs("/api/v1/events/" + eventId + "/imports", "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(run.status()).as("import: " + run.raw().body()).isEqualTo(200);
    }
}
