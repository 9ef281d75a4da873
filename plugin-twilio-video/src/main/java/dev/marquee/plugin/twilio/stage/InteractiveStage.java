package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageMember;
import dev.marquee.plugin.twilio.StageOptions;
import jakarta.json.JsonObject;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An interactive stage: one host (an organizer or event host who started it), speakers the host
 * invited from viewers with a raised hand, and viewers; everyone in the room holds a place, up to the
 * room's capacity. When the host leaves, the stage ends for all and the room is completed. The
 * requests of hosts and viewers are {@link InteractiveRequests}. Thread-safe: every transition holds
 * this object's lock.
 */
public final class InteractiveStage extends RoomStage {

    private final InteractiveRequests requests = new InteractiveRequests(this);
    private final Set<String> refused = new HashSet<>();
    Person host;
    private boolean starting;

    public InteractiveStage(long stageId, StageOptions options, String overflowUrl, StageTools tools) {
        super(stageId, options, overflowUrl, tools);
    }

    @Override
    public synchronized void received(StageMember member, ClientFrame type, JsonObject frame) {
        if (type == ClientFrame.JOIN) {
            join(member);
            return;
        }
        Optional<Person> who = roster.of(member);
        if (who.isEmpty()) {
            refuse(member, "not_joined", "Send stage.join first");
            return;
        }
        Person person = who.get();
        switch (type) {
            case LEAVE -> {
                roster.remove(person);
                gone(person);
            }
            case START -> start(member, person);
            case HAND -> requests.hand(member, person, frame.getBoolean("raised", true));
            case INVITE -> requests.invite(member, person, frame.getString("identity", null));
            case ACCEPT -> requests.accept(member, person);
            case DECLINE -> requests.decline(member, person);
            case MUTE -> requests.mute(member, person, frame.getString("identity", null));
            case AUDIO -> requests.audio(member, person, frame.getBoolean("muted", false));
            case MOVE -> requests.move(member, person, frame.getString("identity", null));
            case STEP_DOWN -> requests.stepDown(member, person);
            default -> refuse(member, "wrong_mode", "This stage is interactive; party frames do not apply");
        }
    }

    @Override
    public synchronized void left(StageMember member) {
        roster.drop(member.connectionId()).ifPresent(this::gone);
    }

    @Override
    public synchronized void roomEvent(RoomEvent event) {
        if (room == null || !room.sid().equals(event.roomSid())) {
            return;
        }
        Person person = roster.byIdentity(event.identity()).orElse(null);
        switch (event.event()) {
            case RoomEvent.ROOM_ENDED -> finish("room_ended", false);
            case RoomEvent.PARTICIPANT_CONNECTED -> {
                roster.connected(event.identity(), event.participantSid());
                state.request();
            }
            case RoomEvent.PARTICIPANT_DISCONNECTED -> participantLeft(event, person);
            case RoomEvent.TRACK_ADDED -> gatekeep(event, person);
            case RoomEvent.TRACK_ENABLED, RoomEvent.TRACK_DISABLED -> {
                if (person != null && person.role.publishes() && "audio".equals(event.trackKind())) {
                    person.muted = RoomEvent.TRACK_DISABLED.equals(event.event());
                    state.request();
                }
            }
            default -> {
                // room-created, track-removed, recordings: nothing to keep
            }
        }
    }

    @Override
    public synchronized void end(String reason) {
        finish(reason, true);
    }

    @Override
    public synchronized boolean live() {
        return room != null && host != null;
    }

    @Override
    public synchronized boolean idle() {
        return roster.isEmpty() && host == null && !starting && room == null;
    }

    @Override
    public synchronized Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", "interactive");
        details.put("room", roomName);
        details.put("live", live());
        details.put("host", host == null ? null : host.name);
        details.put("speakers", roster.all().stream().filter(p -> p.role == Role.SPEAKER).count());
        details.put("people", roster.all().size());
        details.put("capacity", Map.of("max", options.maxParticipants(), "used", roster.placesUsed()));
        return details;
    }

    @Override
    String stateFrame() {
        return InteractiveFrames.state(live(), host, roster.all(), options.maxParticipants(), roster.placesUsed(),
                overflowUrl);
    }

    @Override
    void sendYou(Person person) {
        toPerson(person, InteractiveFrames.you(person, token(person), roomName, live()));
    }

    @Override
    boolean seating() {
        return live();
    }

    private void join(StageMember member) {
        Person person = roster.join(member);
        if (live() && !seat(person)) {
            toMember(member, fullFrame());
        }
        sendYou(person);
        state.request();
    }

    private void gone(Person person) {
        if (person == host) {
            finish("host_left", true);
            return;
        }
        if (person.seated) {
            person.seated = false;
            seatWaiting(p -> true);
        }
        state.request();
    }

    private void start(StageMember member, Person person) {
        if (!person.leads) {
            refuse(member, "forbidden", "Only the event's hosts and organizers start the stage");
        } else if (host != null && host != person) {
            refuse(member, "hosted", host.name + " is hosting this stage");
        } else if (host == person) {
            sendYou(person);
        } else {
            host = person;
            person.resetToViewer(now());
            person.role = Role.HOST;
            starting = true;
            long attempt = ++generation;
            state.request();
            tools.rooms().open(roomName, options.maxParticipants())
                    .whenComplete((info, failure) -> opened(attempt, person, info, failure));
        }
    }

    private synchronized void opened(long attempt, Person person, RoomInfo info, Throwable failure) {
        if (attempt != generation) {
            if (info != null && host == null && !starting) {
                tools.rooms().complete(info.sid());
            }
            return;
        }
        starting = false;
        if (failure != null) {
            host = null;
            person.resetToViewer(now());
            toPerson(person, Frames.error("twilio_failed", "Twilio did not open the video room; try again"));
            state.request();
            return;
        }
        room = info;
        person.seated = true;
        sendYou(person);
        for (Person other : roster.all()) {
            if (other != person) {
                if (!seat(other)) {
                    toPerson(other, fullFrame());
                }
                sendYou(other);
            }
        }
        tools.live().liveChanged(stageId, true);
        state.request();
    }

    private void participantLeft(RoomEvent event, Person person) {
        if (!roster.disconnected(event.identity(), event.participantSid())) {
            return;
        }
        if (person != null && person == host) {
            finish("host_left", true);
            return;
        }
        if (person != null && person.role == Role.SPEAKER && event.notBefore(person.roleSince)) {
            person.resetToViewer(now());
            sendYou(person);
        }
        state.request();
    }

    /** A viewer (or a stranger) who publishes audio or video is disconnected, once per participant. */
    private void gatekeep(RoomEvent event, Person person) {
        if (!event.media() || person != null && (person.role.publishes() || !event.notBefore(person.roleSince))) {
            return;
        }
        if (event.participantSid() == null || !refused.add(event.participantSid())) {
            return;
        }
        long attempt = generation;
        tools.rooms().disconnect(room.sid(), event.identity()).whenComplete((ok, failure) -> {
            if (person != null) {
                refusedPublisher(attempt, person);
            }
        });
    }

    private synchronized void refusedPublisher(long attempt, Person person) {
        toPerson(person, Frames.error("publish_refused", "Only the host and speakers share audio or video"));
        if (attempt == generation) {
            sendYou(person);
        }
    }

    private void finish(String reason, boolean completeRoom) {
        boolean wasOn = host != null || starting || room != null;
        boolean wasLive = live();
        generation++;
        if (room != null && completeRoom) {
            tools.rooms().complete(room.sid());
        }
        host = null;
        starting = false;
        room = null;
        refused.clear();
        roster.forgetParticipants();
        for (Person person : roster.all()) {
            person.resetToViewer(now());
            person.seated = false;
        }
        if (wasOn) {
            tools.channel().toStage(stageId, InteractiveFrames.ended(reason));
        }
        if (wasLive) {
            tools.live().liveChanged(stageId, false);
        }
        state.request();
    }
}
