package dev.marquee.plugin.rtmp.cluster;

import dev.marquee.platform.infrastructure.cluster.DataGrid;
import dev.marquee.platform.infrastructure.cluster.DefaultClusterTopics;
import dev.marquee.platform.infrastructure.cluster.GridMembers;
import org.junit.jupiter.api.Test;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PublisherControlTest {

    @Test
    void aDisconnectPublishedOnOneInstanceReachesEveryInstance() throws Exception {
        try (GridMembers members = new GridMembers(2)) {
            DataGrid a = new DataGrid(members.start(0), GridMembers.SEAL);
            DataGrid b = new DataGrid(members.start(1), GridMembers.SEAL);
            BlockingQueue<String> heardOnA = new LinkedBlockingQueue<>();
            BlockingQueue<String> heardOnB = new LinkedBlockingQueue<>();
            new PublisherControl(new DefaultClusterTopics(a)).listen((stage, reason) -> heardOnA.add(stage + ": " + reason));
            new PublisherControl(new DefaultClusterTopics(b)).listen((stage, reason) -> heardOnB.add(stage + ": " + reason));

            assertThat(new PublisherControl(new DefaultClusterTopics(a)).disconnectEverywhere(42, "the stream key was rotated")).isTrue();

            assertThat(heardOnB.poll(10, TimeUnit.SECONDS)).isEqualTo("42: the stream key was rotated");
            assertThat(heardOnA.poll(10, TimeUnit.SECONDS)).isEqualTo("42: the stream key was rotated");
        }
    }

    @Test
    void malformedMessagesAreIgnored() throws Exception {
        try (GridMembers members = new GridMembers(1)) {
            DataGrid a = new DataGrid(members.start(0), GridMembers.SEAL);
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            new PublisherControl(new DefaultClusterTopics(a)).listen((stage, reason) -> heard.add(stage + ": " + reason));

            new DefaultClusterTopics(a).topic(PublisherControl.TOPIC).publish("disconnect everything".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            new DefaultClusterTopics(a).topic(PublisherControl.TOPIC).publish("reboot 7".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            a.hazelcast().<byte[]>getTopic(a.seal().name("plugin." + PublisherControl.TOPIC))
                    .publish("disconnect 7 forged".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            new PublisherControl(new DefaultClusterTopics(a)).disconnectEverywhere(7, "the stage was deleted");

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo("7: the stage was deleted");
            assertThat(heard).isEmpty();
        }
    }
}
