package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.twilio.StageOptions;

import java.time.Instant;

/**
 * What both kinds of live stage share: the people ({@link Roster}), the stage's room once open, the
 * places in it (a person holding one has been given a token), the paced {@code *.state} push and the
 * ways of answering people. Subclasses hold this object's lock in every transition.
 */
abstract class RoomStage implements LiveStage {

    final long stageId;
    final String roomName;
    final StageTools tools;
    final Roster roster = new Roster();
    final Coalescer state;
    StageOptions options;
    String overflowUrl;
    RoomInfo room;
    /** Changes whenever the room's session starts or ends, so late answers from Twilio are recognised. */
    long generation;

    RoomStage(long stageId, StageOptions options, String overflowUrl, StageTools tools) {
        this.stageId = stageId;
        this.roomName = RoomNames.of(stageId);
        this.options = options;
        this.overflowUrl = overflowUrl;
        this.tools = tools;
        this.state = tools.coalescer(this::publishState);
    }

    /** The {@code *.state} frame, built under the lock. */
    abstract String stateFrame();

    /** Sends the person's own frame ({@code stage.you} or {@code party.you}) to all their connections. */
    abstract void sendYou(Person person);

    /** Whether people may get places (and tokens) now. */
    abstract boolean seating();

    @Override
    public synchronized void reconfigure(StageOptions options, String overflowUrl) {
        this.options = options;
        this.overflowUrl = overflowUrl;
        state.request();
    }

    /** Gives the person a place if the room has one; whether they hold one. */
    boolean seat(Person person) {
        if (!person.seated && roster.roomFor(person, options.maxParticipants())) {
            person.seated = true;
        }
        return person.seated;
    }

    /** Gives free places to waiting people, earliest first, and sends each their token. */
    void seatWaiting(java.util.function.Predicate<Person> eligible) {
        if (!seating()) {
            return;
        }
        for (Person person : roster.all()) {
            if (!person.seated && eligible.test(person) && seat(person)) {
                sendYou(person);
            }
        }
    }

    /** The person's access token, if they hold a place in an open room. */
    String token(Person person) {
        return person.seated && room != null ? tools.tokens().mint(person.identity, roomName) : null;
    }

    String fullFrame() {
        return Frames.full(options.maxParticipants(), overflowUrl);
    }

    void toPerson(Person person, String frame) {
        person.connections.forEach(connection -> tools.channel().toMember(connection, frame));
    }

    void toMember(StageMember member, String frame) {
        tools.channel().toMember(member.connectionId(), frame);
    }

    void refuse(StageMember member, String error, String detail) {
        toMember(member, Frames.error(error, detail));
    }

    Instant now() {
        return tools.clock().instant();
    }

    private void publishState() {
        String frame;
        synchronized (this) {
            frame = stateFrame();
        }
        tools.channel().toStage(stageId, frame);
    }
}
