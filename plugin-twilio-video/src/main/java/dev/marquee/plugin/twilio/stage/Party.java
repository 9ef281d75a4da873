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
 * A party: the first to arrive is the DJ, and when the DJ leaves the earliest remaining person takes
 * over; everyone may share video and chooses whose video to watch ({@link PartyRequests}). A private
 * party lets in only people the DJ or an organizer invited (and organizers and event hosts). The room
 * opens when the first person gets in. Thread-safe: every transition holds this object's lock.
 */
public final class Party extends RoomStage {

    private final PartyRequests requests = new PartyRequests(this);
    final Set<String> invitations = new HashSet<>();
    private final Set<String> refused = new HashSet<>();
    Person dj;
    private boolean opening;
    private boolean announcedLive;

    public Party(long stageId, StageOptions options, String overflowUrl, StageTools tools) {
        super(stageId, options, overflowUrl, tools);
    }

    @Override
    public synchronized void received(StageMember member, ClientFrame type, JsonObject frame) {
        if (type == ClientFrame.JOIN || type == ClientFrame.PARTY_JOIN) {
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
            case LEAVE, PARTY_LEAVE -> {
                roster.remove(person);
                gone(person);
            }
            case PARTY_WATCH -> requests.watch(member, person, frame.getOrDefault("identities", null));
            case PARTY_INVITE -> requests.invite(member, person, frame.getString("identity", null));
            case PARTY_KNOCK -> requests.knock(member, person);
            case PARTY_SHARE -> requests.share(member, person, frame.getBoolean("sharing", false));
            default -> refuse(member, "wrong_mode", "This stage is a party; interactive stage frames do not apply");
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
            case RoomEvent.ROOM_ENDED -> roomEnded();
            case RoomEvent.PARTICIPANT_CONNECTED -> {
                roster.connected(event.identity(), event.participantSid());
                if (person != null && person.watching != null) {
                    requests.sendRules(person);
                }
            }
            case RoomEvent.PARTICIPANT_DISCONNECTED -> {
                if (roster.disconnected(event.identity(), event.participantSid()) && person != null) {
                    person.sharing = false;
                    if (person == dj) {
                        handOver(person);
                    }
                }
            }
            case RoomEvent.TRACK_ADDED, RoomEvent.TRACK_ENABLED -> sharing(event, person, true);
            case RoomEvent.TRACK_REMOVED, RoomEvent.TRACK_DISABLED -> sharing(event, person, false);
            default -> {
                return;
            }
        }
        state.request();
    }

    @Override
    public synchronized void end(String reason) {
        boolean wasOpen = room != null || opening;
        close();
        if (wasOpen) {
            tools.channel().toStage(stageId, PartyFrames.ended(reason));
        }
        announce();
        state.request();
    }

    @Override
    public synchronized boolean live() {
        return room != null && roster.first(p -> p.admitted).isPresent();
    }

    @Override
    public synchronized boolean idle() {
        return roster.isEmpty() && !opening;
    }

    @Override
    public synchronized Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", "party");
        details.put("room", roomName);
        details.put("live", live());
        details.put("dj", dj == null ? null : dj.name);
        details.put("private", options.privateParty());
        details.put("people", roster.all().stream().filter(p -> p.admitted).count());
        details.put("capacity", Map.of("max", options.maxParticipants(), "used", roster.placesUsed()));
        return details;
    }

    @Override
    String stateFrame() {
        return PartyFrames.state(live(), options.privateParty(), dj, roster.all(), options.maxParticipants(),
                roster.placesUsed(), overflowUrl);
    }

    @Override
    void sendYou(Person person) {
        toPerson(person, PartyFrames.you(person, person == dj, token(person), roomName));
    }

    @Override
    boolean seating() {
        return room != null;
    }

    /** Lets the person in: they may become DJ, and get a place once the room is open. */
    void admit(Person person) {
        person.admitted = true;
        person.knocked = false;
        if (dj == null) {
            dj = person;
        }
        if (room == null) {
            open();
        } else if (!seat(person)) {
            toPerson(person, fullFrame());
        }
        announce();
    }

    private void join(StageMember member) {
        Person person = roster.join(member);
        if (!person.admitted && mayEnter(person)) {
            admit(person);
        } else if (!person.admitted) {
            refuse(member, "invite_only", "This party is invite only: knock (party.knock) and the DJ may let you in");
        } else if (room != null && !seat(person)) {
            toMember(member, fullFrame());
        }
        sendYou(person);
        state.request();
    }

    private boolean mayEnter(Person person) {
        return !options.privateParty() || person.leads || invitations.contains(person.identity);
    }

    private void gone(Person person) {
        person.seated = false;
        if (person == dj) {
            handOver(person);
        }
        if (roster.first(p -> p.admitted).isEmpty()) {
            close();
        } else {
            seatWaiting(p -> p.admitted);
        }
        announce();
        state.request();
    }

    /** The earliest person still in (other than the one leaving) becomes DJ; everyone's rules follow. */
    private void handOver(Person leaving) {
        dj = roster.first(p -> p.admitted && p != leaving).orElse(null);
        if (dj != null) {
            sendYou(dj);
            roster.all().stream().filter(p -> p.admitted && p.watching != null).forEach(requests::sendRules);
        }
    }

    private void open() {
        if (opening) {
            return;
        }
        opening = true;
        long attempt = ++generation;
        tools.rooms().open(roomName, options.maxParticipants())
                .whenComplete((info, failure) -> opened(attempt, info, failure));
    }

    private synchronized void opened(long attempt, RoomInfo info, Throwable failure) {
        if (attempt != generation) {
            if (info != null && room == null && !opening && roster.first(p -> p.admitted).isEmpty()) {
                tools.rooms().complete(info.sid());
            }
            return;
        }
        opening = false;
        room = failure == null ? info : null;
        for (Person person : roster.all()) {
            if (!person.admitted) {
                continue;
            }
            if (failure != null) {
                toPerson(person, Frames.error("twilio_failed", "Twilio did not open the video room; try again"));
                continue;
            }
            if (!seat(person)) {
                toPerson(person, fullFrame());
            }
            sendYou(person);
        }
        announce();
        state.request();
    }

    private void sharing(RoomEvent event, Person person, boolean on) {
        if (person == null || !person.admitted) {
            if (RoomEvent.TRACK_ADDED.equals(event.event()) && event.media() && event.participantSid() != null
                    && refused.add(event.participantSid())) {
                tools.rooms().disconnect(room.sid(), event.identity());
            }
        } else if ("video".equals(event.trackKind())) {
            person.sharing = on;
        }
    }

    /** Twilio ended the room (empty for too long, say): people still in get a new one. */
    private void roomEnded() {
        room = null;
        close();
        if (roster.first(p -> p.admitted).isPresent()) {
            open();
        }
        announce();
    }

    private void close() {
        generation++;
        if (room != null) {
            tools.rooms().complete(room.sid());
        }
        room = null;
        opening = false;
        refused.clear();
        roster.forgetParticipants();
        roster.all().forEach(p -> {
            p.seated = false;
            p.sharing = false;
        });
    }

    /** Tells Marquee when the party goes on or off air. */
    private void announce() {
        boolean live = live();
        if (live != announcedLive) {
            announcedLive = live;
            tools.live().liveChanged(stageId, live);
        }
    }
}
