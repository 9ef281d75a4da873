package dev.marquee.plugin.rtmp.rest;

import dev.marquee.platform.spi.stage.StageAccess;
import dev.marquee.platform.spi.stage.StageVisitor;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.plugin.rtmp.key.StreamKeys;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who manages restreams and transcoding: refusals in core's order, then the plugin's own, then rtmp stages only. */
class RestreamAccessTest {

    private static final long STAGE = 5;
    private static final long EVENT = 9;

    private final List<String> asked = new ArrayList<>();

    @Test
    void anAnonymousCallerGets401BeforeAnythingIsLookedUp() {
        RestreamAccess access = access(null, false, true);

        assertThatThrownBy(() -> access.requireOrganizer(STAGE))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_SIGNED_IN));
        assertThat(asked).containsExactly("signedIn 5");
    }

    @Test
    void aSignedInCallerWhoDoesNotOrganizeIsRefusedInThePluginsWordsBeforeTheKeyIsRead() {
        RestreamAccess access = access(visitor(), false, true);

        assertThatThrownBy(() -> access.requireOrganizer(STAGE, "transcoding"))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN);
                    assertThat(p.getMessage()).isEqualTo("Only the event's organizers manage transcoding");
                });
        assertThat(asked).containsExactly("signedIn 5", "organizes 9");
    }

    @Test
    void anOrganizerOfAStageWithoutAStreamKeyGets404() {
        RestreamAccess access = access(visitor(), true, false);

        assertThatThrownBy(() -> access.requireOrganizer(STAGE))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_FOUND));
        assertThat(asked).containsExactly("signedIn 5", "organizes 9", "keyFor 5");
    }

    @Test
    void anOrganizerOfAnRtmpStageMayManageIt() {
        access(visitor(), true, true).requireOrganizer(STAGE);

        assertThat(asked).containsExactly("signedIn 5", "organizes 9", "keyFor 5");
    }

    private static StageVisitor visitor() {
        return new StageVisitor(STAGE, EVENT, "account:1", "p-1", "Ada", false, false);
    }

    /** {@code visitor} null: the caller is anonymous. */
    private RestreamAccess access(StageVisitor visitor, boolean organizes, boolean rtmp) {
        RestreamAccess access = new RestreamAccess();
        access.stages = new StageAccess() {
            @Override
            public StageVisitor viewer(long stageId) {
                throw new AssertionError("not used");
            }

            @Override
            public StageVisitor viewer(long stageId, String guestId) {
                throw new AssertionError("not used");
            }

            @Override
            public StageVisitor signedIn(long stageId) {
                asked.add("signedIn " + stageId);
                if (visitor == null) {
                    throw Problem.notSignedIn();
                }
                return visitor;
            }

            @Override
            public boolean organizes(long eventId) {
                asked.add("organizes " + eventId);
                return organizes;
            }
        };
        access.keys = new StreamKeys() {
            @Override
            public Optional<String> keyFor(long stageId) {
                asked.add("keyFor " + stageId);
                return rtmp ? Optional.of("key") : Optional.empty();
            }
        };
        return access;
    }
}
