package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageMember;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.marquee.plugin.twilio.stage.StageFixture.ROOM;
import static dev.marquee.plugin.twilio.stage.StageFixture.ROOM_SID;
import static dev.marquee.plugin.twilio.stage.StageFixture.STAGE;
import static dev.marquee.plugin.twilio.stage.StageFixture.frame;
import static dev.marquee.plugin.twilio.stage.StageFixture.identity;
import static dev.marquee.plugin.twilio.stage.StageFixture.member;
import static org.assertj.core.api.Assertions.assertThat;

class PartyTest {

    private final StageFixture fx = new StageFixture();
    private final StageMember ann = member("c-ann", "Ann", false);
    private final StageMember ben = member("c-ben", "Ben", false);
    private final StageMember cat = member("c-cat", "Cat", false);

    @Test
    void theFirstToArriveIsDjAndTheNextPresentPersonTakesOver() {
        Party party = party(Map.of("mode", "party"));
        join(party, ann, ben, cat);
        assertThat(fx.rooms.calls).containsExactly("open " + ROOM + " 50");
        assertThat(fx.liveChanges).containsExactly("7:true");
        JsonObject annYou = fx.channel.last("c-ann", "party.you");
        assertThat(annYou.getBoolean("dj")).isTrue();
        assertThat(annYou.getString("token")).isEqualTo("token:" + identity(ann) + ":" + ROOM);
        assertThat(fx.channel.last("c-cat", "party.you").getBoolean("dj")).isFalse();
        assertThat(fx.channel.last("*", "party.state").getJsonObject("dj").getString("name")).isEqualTo("Ann");

        party.left(ann);
        assertThat(fx.channel.last("c-ben", "party.you").getBoolean("dj")).isTrue();
        assertThat(fx.channel.last("*", "party.state").getJsonObject("dj").getString("name")).isEqualTo("Ben");
        party.received(ben, ClientFrame.PARTY_LEAVE, frame("party.leave"));
        assertThat(fx.channel.last("*", "party.state").getJsonObject("dj").getString("name")).isEqualTo("Cat");

        party.left(cat);
        assertThat(fx.liveChanges).containsExactly("7:true", "7:false");
        assertThat(fx.rooms.calls).contains("complete " + ROOM_SID);
        assertThat(party.idle()).isTrue();
    }

    @Test
    void aPrivatePartyLetsInOnlyInvitedPeople() {
        Party party = party(Map.of("mode", "party", "privateParty", true));
        StageMember host = member("c-host", "Hana", true);
        join(party, ann);
        assertThat(fx.channel.last("c-ann", "error").getString("error")).isEqualTo("invite_only");
        assertThat(fx.channel.last("c-ann", "party.you").isNull("token")).isTrue();
        assertThat(fx.rooms.calls).isEmpty();

        join(party, host, ben);
        assertThat(fx.channel.last("c-host", "party.you").getBoolean("dj")).isTrue();
        party.received(ann, ClientFrame.PARTY_KNOCK, frame("party.knock"));
        assertThat(fx.channel.last("c-host", "party.knocked").getString("name")).isEqualTo("Ann");
        JsonObject state = fx.channel.last("*", "party.state");
        assertThat(state.getBoolean("private")).isTrue();
        assertThat(state.getJsonArray("waiting").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("name") + ":" + w.getBoolean("knocked")).containsExactly("Ann:true", "Ben:false");

        party.received(ben, ClientFrame.PARTY_INVITE, frame("party.invite", "identity", identity(ann)));
        assertThat(fx.channel.last("c-ben", "error").getString("error")).isEqualTo("forbidden");
        party.received(host, ClientFrame.PARTY_INVITE, frame("party.invite", "identity", identity(ann)));
        assertThat(fx.channel.last("c-ann", "party.invited").getJsonObject("by").getString("name")).isEqualTo("Hana");
        assertThat(fx.channel.last("c-ann", "party.you").getString("token")).isEqualTo("token:" + identity(ann) + ":" + ROOM);

        party.left(host);
        assertThat(fx.channel.last("c-ann", "party.you").getBoolean("dj")).isTrue();
        party.left(ann);
        join(party, ann);
        assertThat(fx.channel.last("c-ann", "party.you").getBoolean("admitted")).isTrue();
    }

    @Test
    void everyChoiceOfVideosSendsTheWholeRuleSet() {
        Party party = party(Map.of("mode", "party"));
        join(party, ann, ben, cat);
        watch(party, ben, identity(cat));
        watch(party, ben, identity(cat), identity(ann));
        List<String> subscribes = fx.rooms.calls("subscribe");
        String audioAndData = "{\"type\":\"include\",\"kind\":\"audio\"},{\"type\":\"include\",\"kind\":\"data\"}";
        assertThat(subscribes).containsExactly(
                "subscribe " + ROOM_SID + " " + identity(ben) + " [" + audioAndData + "," + video(ann) + "," + video(cat) + "]",
                "subscribe " + ROOM_SID + " " + identity(ben) + " [" + audioAndData + "," + video(ann) + "," + video(cat) + "]");
        assertThat(fx.channel.last("c-ben", "party.you").getJsonArray("watching")).hasSize(2);

        watch(party, ben);
        assertThat(fx.rooms.calls("subscribe").get(2)).endsWith("[" + audioAndData + "," + video(ann) + "]");

        party.left(ann);
        assertThat(fx.rooms.calls("subscribe").get(3)).endsWith("[" + audioAndData + "]");
    }

    @Test
    void callbacksTrackSharingAndShutOutStrangers() {
        Party party = party(Map.of("mode", "party"));
        join(party, ann);
        party.roomEvent(StageFixture.event("track-added", "PA-ann", identity(ann), "MT1", "video", fx.now));
        assertThat(fx.channel.last("*", "party.state").getJsonArray("people").getJsonObject(0).getBoolean("sharing")).isTrue();
        party.roomEvent(StageFixture.event("track-added", "PA-x", "m-0123", "MT2", "audio", fx.now));
        party.roomEvent(StageFixture.event("track-added", "PA-x", "m-0123", "MT3", "video", fx.now));
        assertThat(fx.rooms.calls("disconnect")).containsExactly("disconnect " + ROOM_SID + " m-0123");
        party.roomEvent(StageFixture.event("room-ended", null, null, null, null, fx.now));
        assertThat(fx.rooms.calls("open")).hasSize(2);
    }

    private Party party(Map<String, Object> settings) {
        return new Party(STAGE, StageFixture.options(settings), null, fx.tools);
    }

    private static void join(Party party, StageMember... members) {
        for (StageMember m : members) {
            party.received(m, ClientFrame.JOIN, frame("stage.join"));
        }
    }

    private static void watch(Party party, StageMember member, String... identities) {
        var list = Json.createArrayBuilder();
        for (String identity : identities) {
            list.add(identity);
        }
        party.received(member, ClientFrame.PARTY_WATCH,
                Json.createObjectBuilder().add("type", "party.watch").add("identities", list).build());
    }

    private static String video(StageMember member) {
        return "{\"type\":\"include\",\"publisher\":\"" + identity(member) + "\",\"kind\":\"video\"}";
    }
}
