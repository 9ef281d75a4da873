package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageMember;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The people of one stage in the order they arrived, each with their socket connections, and the
 * room's participants as Twilio's callbacks report them. Not thread-safe: the owning machine locks.
 */
final class Roster {

    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, String> connections = new HashMap<>();
    private final Map<String, String> participants = new HashMap<>();
    private long sequence;

    /** Adds the connection, and the person if they are new. */
    Person join(StageMember member) {
        String identity = Identities.of(member.subject());
        Person person = people.computeIfAbsent(identity, id -> new Person(id, member.subject(), ++sequence));
        person.name = member.displayName();
        person.leads = member.leads();
        person.connections.add(member.connectionId());
        connections.put(member.connectionId(), identity);
        return person;
    }

    Optional<Person> of(StageMember member) {
        return Optional.ofNullable(connections.get(member.connectionId())).map(people::get);
    }

    Optional<Person> byIdentity(String identity) {
        return Optional.ofNullable(identity).map(people::get);
    }

    /** Forgets a connection; the person when it was their last one (they are gone). */
    Optional<Person> drop(String connectionId) {
        String identity = connections.remove(connectionId);
        Person person = identity == null ? null : people.get(identity);
        if (person == null) {
            return Optional.empty();
        }
        person.connections.remove(connectionId);
        if (!person.connections.isEmpty()) {
            return Optional.empty();
        }
        people.remove(identity);
        return Optional.of(person);
    }

    /** Forgets the person and all their connections. */
    void remove(Person person) {
        person.connections.forEach(connections::remove);
        people.remove(person.identity);
    }

    /** Everyone, in the order they arrived. */
    List<Person> all() {
        return new ArrayList<>(people.values());
    }

    boolean isEmpty() {
        return people.isEmpty();
    }

    /** The earliest arrival that matches. */
    Optional<Person> first(Predicate<Person> which) {
        return people.values().stream().filter(which).findFirst();
    }

    /** A participant connected to the room (from a callback). */
    void connected(String identity, String participantSid) {
        if (identity != null && participantSid != null) {
            participants.put(identity, participantSid);
        }
    }

    /** A participant left; true when it was that identity's current participant (not an older one). */
    boolean disconnected(String identity, String participantSid) {
        if (identity == null || participantSid == null || !participantSid.equals(participants.get(identity))) {
            return false;
        }
        participants.remove(identity);
        return true;
    }

    /** Places taken in the room: people given a token, and participants Twilio reports that we did not seat. */
    int placesUsed() {
        return used().size();
    }

    /** Whether the person holds a place or one is free. */
    boolean roomFor(Person person, int max) {
        Set<String> used = used();
        return used.contains(person.identity) || used.size() < max;
    }

    private Set<String> used() {
        Set<String> used = new HashSet<>(participants.keySet());
        people.values().stream().filter(p -> p.seated).forEach(p -> used.add(p.identity));
        return used;
    }

    /** Whether Twilio reported the identity connected to the room. */
    boolean inRoom(String identity) {
        return participants.containsKey(identity);
    }

    void forgetParticipants() {
        participants.clear();
    }
}
