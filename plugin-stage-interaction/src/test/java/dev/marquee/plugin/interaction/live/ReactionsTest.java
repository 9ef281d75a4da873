package dev.marquee.plugin.interaction.live;

import dev.marquee.plugin.interaction.domain.InteractionSettings;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReactionsTest {

    private static final InteractionSettings ON = InteractionSettings.DEFAULTS;
    private static final InteractionSettings OFF =
            new InteractionSettings(false, false, false, false, false, false, InteractionSettings.DEFAULT_SET);

    private static Reactions reactions() {
        Reactions r = new Reactions();
        r.perSecond = 5;
        r.limits();
        return r;
    }

    @Test
    void clicksAreSummedHereAndBurstOnlyOnceTheOwnerHasThem() {
        Reactions r = reactions();
        assertThat(r.click(ON, 9, "attendee:1", "👏")).isTrue();
        assertThat(r.click(ON, 9, "attendee:2", "👏")).isTrue();
        assertThat(r.click(ON, 9, "attendee:2", "🦄")).as("outside the set").isFalse();
        Map<Long, Map<String, Integer>> bursts = new HashMap<>();
        r.drainOwned(bursts::put);
        assertThat(bursts).as("nothing reached the owner yet").isEmpty();

        r.drainHere((stage, counts) -> r.owned(ON, stage, counts));
        r.drainOwned(bursts::put);
        assertThat(bursts).isEqualTo(Map.of(9L, Map.of("👏", 2)));
    }

    @Test
    void theOwnerAddsOtherInstancesSumsToItsOwnAndDropsWhatTheStageDoesNotTake() {
        Reactions r = reactions();
        r.click(ON, 9, "attendee:1", "🎉");
        r.drainHere((stage, counts) -> r.owned(ON, stage, counts));
        r.owned(ON, 9, Map.of("🎉", 300, "👏", 7, "<script>", 5, "😂", Reactions.MAX_RELAYED + 1));
        r.owned(OFF, 10, Map.of("👏", 4));
        Map<Long, Map<String, Integer>> bursts = new HashMap<>();
        r.drainOwned(bursts::put);
        assertThat(bursts).isEqualTo(Map.of(9L, Map.of("🎉", 301, "👏", 7)));
    }

    @Test
    void aPersonBeyondTheLimitIsDroppedWithoutAWord() {
        Reactions r = reactions();
        int taken = 0;
        for (int i = 0; i < 20; i++) {
            taken += r.click(ON, 9, "guest:g1", "👏") ? 1 : 0;
        }
        assertThat(taken).isEqualTo(5);
        assertThat(r.click(ON, 9, "guest:g2", "👏")).as("another person is not limited by the first").isTrue();
    }
}
