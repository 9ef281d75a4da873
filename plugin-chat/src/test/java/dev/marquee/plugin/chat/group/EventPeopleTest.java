package dev.marquee.plugin.chat.group;

import dev.marquee.platform.spi.audience.EventPerson;
import dev.marquee.platform.spi.audience.PeopleDirectory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** People of event 3 from core's directory: Ada and José (active); Bob is of event 4. */
class EventPeopleTest {

    private final List<String> asked = new ArrayList<>();
    private final EventPeople people = new EventPeople();

    EventPeopleTest() {
        List<EventPerson> three = List.of(new EventPerson("attendee:1", "Ada Lovelace"),
                new EventPerson("attendee:2", "José García"));
        people.directory = new PeopleDirectory() {
            @Override
            public List<EventPerson> activeAttendees(long eventId) {
                asked.add("all " + eventId);
                return eventId == 3 ? three : List.of(new EventPerson("attendee:3", "Bob"));
            }

            @Override
            public Optional<EventPerson> activeAttendee(long eventId, String subject) {
                asked.add("one " + subject);
                return (eventId == 3 ? three : List.<EventPerson>of()).stream()
                        .filter(p -> p.subject().equals(subject)).findFirst();
            }
        };
    }

    @Test
    void searchFindsByNameLeavingOutTheCallerAndKeepsTheList() {
        assertThat(people.search(3, "jose gar", "attendee:1", 20)).containsExactly(new PersonView("attendee:2", "José García"));
        assertThat(people.search(3, "", "attendee:1", 20)).containsExactly(new PersonView("attendee:2", "José García"));
        assertThat(people.search(3, null, "attendee:9", 1)).hasSize(1);
        assertThat(asked).containsExactly("all 3");
    }

    @Test
    void resolveAsksAfreshAndRefusesAnyoneNotOfTheEvent() {
        assertThat(people.resolve(3, List.of("attendee:2", "attendee:1")))
                .contains(Map.of("attendee:2", "José García", "attendee:1", "Ada Lovelace"));
        assertThat(people.resolve(3, List.of("attendee:1", "attendee:3"))).isEmpty();
        assertThat(people.resolve(3, List.of("account:1"))).isEmpty();
        assertThat(asked).containsExactly("one attendee:2", "one attendee:1", "one attendee:1", "one attendee:3", "one account:1");
    }
}
