package dev.marquee.plugin.chat.stage;

import dev.marquee.platform.spi.stage.StageMember;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageCallTest {

    private static final StageMember MEMBER = new StageMember("c-1", 7, 3, "attendee:5", "Tïa 👋", "attendee", false, false);

    @Test
    void aCallSurvivesTheTrip() {
        StageCall received = new StageCall(UUID.randomUUID(), UUID.randomUUID(), StageCall.Kind.RECEIVED, MEMBER,
                "stage.hand", "{\"type\":\"stage.hand\",\"raised\":true}");
        StageCall left = new StageCall(UUID.randomUUID(), UUID.randomUUID(), StageCall.Kind.LEFT,
                new StageMember("c-2", 7, 3, "guest:Vera", "Vera", "guest", false, true), null, null);
        assertThat(StageCall.decode(received.encode())).isEqualTo(received);
        assertThat(StageCall.decode(left.encode())).isEqualTo(left);
    }

    @Test
    void aRelayCarriesTheSendingInstanceAndNoPerson() {
        UUID from = UUID.randomUUID();
        StageCall relay = new StageCall(UUID.randomUUID(), from, StageCall.Kind.RELAYED, StageCall.relay(from, 7),
                "reaction.relayed", "{\"counts\":{\"👏\":12}}");
        StageCall back = StageCall.decode(relay.encode());
        assertThat(back).isEqualTo(relay);
        assertThat(back.member().stageId()).isEqualTo(7);
        assertThat(back.member().subject()).isEqualTo("instance:" + from).doesNotStartWith("attendee:");
        assertThat(back.member().role()).isEqualTo("instance");
    }

    @Test
    void anotherVersionIsRefused() {
        byte[] bytes = new StageCall(UUID.randomUUID(), UUID.randomUUID(), StageCall.Kind.LEFT, MEMBER, null, null).encode();
        bytes[0] = 2;
        assertThatThrownBy(() -> StageCall.decode(bytes)).hasMessageContaining("version 2");
    }
}
