package dev.marquee.plugin.chat.rest;

import dev.marquee.platform.spi.stage.StageAccess;
import dev.marquee.platform.spi.stage.StageVisitor;
import dev.marquee.platform.spi.web.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chat's REST refusals on top of core's StageAccess. */
class ChatAccessTest {

    private final ChatAccess access = new ChatAccess();
    private StageVisitor visitor;

    ChatAccessTest() {
        access.stages = new StageAccess() {
            @Override
            public StageVisitor viewer(long stageId) {
                return visitor;
            }

            @Override
            public StageVisitor viewer(long stageId, String guestId) {
                return visitor;
            }

            @Override
            public StageVisitor signedIn(long stageId) {
                if (visitor.guest()) {
                    throw Problem.notSignedIn();
                }
                return visitor;
            }

            @Override
            public boolean organizes(long eventId) {
                throw new AssertionError("not asked");
            }
        };
    }

    @Test
    void onlyThoseWhoLeadTheStageRunItsChat() {
        visitor = new StageVisitor(12, 3, "attendee:9", "p-x", "Ada", false, false);
        assertThatThrownBy(() -> access.requireModerator(12)).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));

        visitor = new StageVisitor(12, 3, "account:2", "p-y", "Hal", true, false);
        assertThat(access.requireModerator(12)).isSameAs(visitor);
    }

    @Test
    void coresRefusalsPassThrough() {
        visitor = new StageVisitor(12, 3, "guest:abc", "p-z", "viewer", false, true);
        assertThatThrownBy(() -> access.requireModerator(12)).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_SIGNED_IN));
    }
}
