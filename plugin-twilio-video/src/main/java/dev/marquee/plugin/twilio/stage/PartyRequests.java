package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageMember;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * What party-goers ask: whose video to watch (sent to Twilio as the whole rule set), invitations and
 * knocks at a private party, and whether they share their camera. Called with the party's lock held.
 */
final class PartyRequests {

    private final Party party;

    PartyRequests(Party party) {
        this.party = party;
    }

    void watch(StageMember member, Person person, JsonValue identities) {
        if (!person.admitted) {
            party.refuse(member, "not_admitted", "Join the party first");
            return;
        }
        if (!(identities instanceof JsonArray array)) {
            party.refuse(member, "invalid_frame", "party.watch needs \"identities\": [...]");
            return;
        }
        List<String> chosen = new ArrayList<>();
        for (JsonValue value : array) {
            String identity = value instanceof JsonString text ? text.getString() : null;
            if (!Identities.valid(identity)) {
                party.refuse(member, "invalid_frame", "identities are people's identities from party.state");
                return;
            }
            if (!chosen.contains(identity) && !identity.equals(person.identity)) {
                chosen.add(identity);
            }
        }
        if (chosen.size() > SubscribeRuleSet.MAX_WATCHED) {
            party.refuse(member, "too_many", "Watch at most " + SubscribeRuleSet.MAX_WATCHED + " people at once");
            return;
        }
        person.watching = List.copyOf(chosen);
        sendRules(person);
        party.sendYou(person);
    }

    void invite(StageMember member, Person person, String identity) {
        if (!party.options.privateParty()) {
            party.refuse(member, "not_private", "Everyone may join this party");
            return;
        }
        if (person != party.dj && !person.leads) {
            party.refuse(member, "forbidden", "Only the DJ and the event's hosts and organizers invite");
            return;
        }
        Person target = party.roster.byIdentity(identity).orElse(null);
        if (target == null) {
            party.refuse(member, "unknown_person", "Nobody with that identity is at the party's door");
            return;
        }
        party.invitations.add(target.identity);
        if (!target.admitted) {
            party.toPerson(target, PartyFrames.invited(person));
            party.admit(target);
            party.sendYou(target);
        }
        party.state.request();
    }

    void knock(StageMember member, Person person) {
        if (person.admitted) {
            party.refuse(member, "already_in", "You are at the party");
            return;
        }
        person.knocked = true;
        String frame = PartyFrames.knocked(person);
        party.roster.all().stream().filter(p -> p == party.dj || p.leads && p != person)
                .forEach(p -> party.toPerson(p, frame));
        party.state.request();
    }

    void share(StageMember member, Person person, boolean sharing) {
        if (!person.admitted) {
            party.refuse(member, "not_admitted", "Join the party first");
            return;
        }
        person.sharing = sharing;
        party.state.request();
    }

    /** Sends Twilio the person's whole rule set; before they are in the room it waits for participant-connected. */
    void sendRules(Person person) {
        if (party.room == null || !person.seated || person.watching == null) {
            return;
        }
        String rules = SubscribeRuleSet.forParty(person.watching, party.dj == null ? null : party.dj.identity,
                person.identity);
        party.tools.rooms().subscribe(party.room.sid(), person.identity, rules).whenComplete((ok, failure) -> {
            if (failure != null) {
                synchronized (party) {
                    if (party.roster.inRoom(person.identity)) {
                        party.toPerson(person, Frames.error("twilio_failed",
                                "Twilio did not take your choice of videos; try again"));
                    }
                }
            }
        });
    }
}
