package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ClusterTopic;
import dev.marquee.platform.spi.cluster.ClusterTopics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plugins' cluster topics on two real grid members: every instance hears, sealed, apart from core's topics. */
class DefaultClusterTopicsTest {

    private static GridMembers members;
    private static ClusterTopics here;
    private static ClusterTopics there;

    @BeforeAll
    static void startGrid() {
        members = GridMembers.started(2);
        here = new DefaultClusterTopics(members.grid(0));
        there = new DefaultClusterTopics(members.grid(1));
    }

    @AfterAll
    static void stopGrid() {
        members.close();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Listens on {@code topic}, collecting text; counts down {@code last} when "last" arrives. */
    private static ClusterTopic.Registration collect(ClusterTopic topic, List<String> heard, CountDownLatch last) {
        return topic.listen(payload -> {
            String text = new String(payload, StandardCharsets.UTF_8);
            heard.add(text);
            if (text.equals("last")) {
                last.countDown();
            }
        });
    }

    @Test
    void aMessageReachesEveryInstanceThisOneIncludedInOrder() throws InterruptedException {
        List<String> heardHere = new CopyOnWriteArrayList<>();
        List<String> heardThere = new CopyOnWriteArrayList<>();
        CountDownLatch last = new CountDownLatch(2);
        ClusterTopic mine = here.topic("test-plugin.signals");
        collect(mine, heardHere, last);
        collect(there.topic("test-plugin.signals"), heardThere, last);

        mine.publish(text("first"));
        mine.publish(text("second"));
        mine.publish(text("last"));

        assertThat(last.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(heardHere).containsExactly("first", "second", "last");
        assertThat(heardThere).containsExactly("first", "second", "last");
        assertThat(mine.name()).isEqualTo("test-plugin.signals");
    }

    @Test
    void aPluginsTopicIsSealedAndNeverOneOfCores() throws InterruptedException {
        SealedTopic cores = members.grid(1).sealedTopic("viewing.end");
        List<String> heardByCore = new CopyOnWriteArrayList<>();
        cores.listen(payload -> heardByCore.add(new String(payload, StandardCharsets.UTF_8)));
        List<byte[]> raw = new CopyOnWriteArrayList<>();
        CountDownLatch bothRaw = new CountDownLatch(2);
        members.member(1).<byte[]>getTopic(members.grid(1).seal().name("plugin.viewing.end"))
                .addMessageListener(m -> {
                    raw.add(m.getMessageObject());
                    bothRaw.countDown();
                });
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch last = new CountDownLatch(1);
        ClusterTopic lookalike = here.topic("viewing.end");
        collect(there.topic("viewing.end"), heard, last);

        lookalike.publish(text("end stream 7"));
        lookalike.publish(text("last"));

        assertThat(last.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(bothRaw.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly("end stream 7", "last");
        assertThat(heardByCore).isEmpty();
        assertThat(raw).hasSize(2);
        assertThat(new String(raw.get(0), StandardCharsets.ISO_8859_1)).doesNotContain("end stream");
    }

    @Test
    void aFailingListenerKeepsHearingAndAClosedOneHearsNothing() throws InterruptedException {
        ClusterTopic topic = here.topic("test-plugin.failing");
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch last = new CountDownLatch(1);
        topic.listen(payload -> {
            throw new IllegalStateException("a plugin's bug");
        });
        ClusterTopic.Registration failing = topic.listen(payload -> {
            String text = new String(payload, StandardCharsets.UTF_8);
            heard.add(text);
            if (text.equals("last")) {
                last.countDown();
            }
            throw new IllegalStateException("a plugin's bug");
        });
        List<String> closed = new CopyOnWriteArrayList<>();
        ClusterTopic.Registration gone = collect(topic, closed, new CountDownLatch(1));
        gone.close();
        gone.close();

        topic.publish(text("one"));
        topic.publish(text("last"));

        assertThat(last.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly("one", "last");
        assertThat(closed).isEmpty();
        failing.close();
    }

    @Test
    void aNameStartsWithThePluginsIdAndADot() {
        for (String wrong : new String[] {"signals", "Twilio.events", "a..b", ".a", "a.", "a b.c", "a/b.c", ""}) {
            assertThatThrownBy(() -> here.topic(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> here.topic(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(here.topic("twilio-video.room-events").name()).isEqualTo("twilio-video.room-events");
    }
}
