package dev.marquee.platform.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The grid as another member without the secret sees it, and what it can make Marquee do: nothing. */
class SealedGridTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static GridMembers members;
    private static DataGrid ours;
    private static HazelcastInstance intruder;

    @BeforeAll
    static void startGrid() {
        members = GridMembers.started(2);
        ours = members.grid(0);
        intruder = members.member(1);
    }

    @AfterAll
    static void stopGrid() {
        members.close();
    }

    private static final GridCodec<String> TEXT = new GridCodec<>() {
        @Override
        public void write(String value, java.io.DataOutputStream out) throws java.io.IOException {
            out.writeUTF(value);
        }

        @Override
        public String read(java.io.DataInputStream in) throws java.io.IOException {
            return in.readUTF();
        }
    };

    @Test
    void anotherMemberSeesNeitherKeysNorValues() {
        SealedMap<String> map = ours.sealedMap("test.secrets", TEXT);
        GridCalls.await(map.set("stage:42", "http://10.0.0.7:8080 owns it", 0), WAIT, "set");

        IMap<Object, Object> raw = intruder.getMap(map.name());
        assertThat(raw.size()).isEqualTo(1);
        Map.Entry<Object, Object> entry = raw.entrySet().iterator().next();
        assertThat(entry.getKey().toString()).doesNotContain("42").doesNotContain("stage");
        assertThat(new String((byte[]) entry.getValue(), StandardCharsets.ISO_8859_1)).doesNotContain("10.0.0.7");
        assertThat(map.name()).startsWith("marquee.").endsWith(".test.secrets");
        assertThat(intruder.getMap("marquee.test.secrets").isEmpty()).as("the plain name holds nothing").isTrue();
    }

    @Test
    void aForgedOrMovedValueCountsAsAbsentAndIsOverwritten() {
        SealedMap<String> map = ours.sealedMap("test.forged", TEXT);
        GridCalls.await(map.set("a", "mine", 0), WAIT, "set a");
        GridCalls.await(map.set("b", "other", 0), WAIT, "set b");
        IMap<String, byte[]> raw = intruder.getMap(map.name());
        String keyA = ours.seal().key(map.name(), "a");
        String keyB = ours.seal().key(map.name(), "b");

        raw.put(keyA, raw.get(keyB));
        assertThat(GridCalls.await(map.get("a"), WAIT, "get")).as("b's value moved under a's key").contains(Optional.empty());
        raw.put(keyA, "forged".getBytes(StandardCharsets.UTF_8));
        assertThat(GridCalls.await(map.get("a"), WAIT, "get")).contains(Optional.empty());

        String answer = GridCalls.await(map.change("a", current -> GridChange.Outcome.set(
                current == null ? "fresh" : current + "!", 0, current == null ? "was absent" : current)), WAIT, "change")
                .orElseThrow();
        assertThat(answer).isEqualTo("was absent");
        assertThat(GridCalls.await(map.get("a"), WAIT, "get")).contains(Optional.of("fresh"));
    }

    @Test
    void aSealFromAnotherSecretOpensNothing() {
        GridSeal other = GridSeal.of("another deployment's secret, 32 bytes+".getBytes(StandardCharsets.UTF_8));
        byte[] sealed = ours.seal().seal("ctx", "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(other.open("ctx", sealed)).isNull();
        assertThat(ours.seal().open("other ctx", sealed)).isNull();
        assertThat(ours.seal().open("ctx", sealed)).isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
        assertThat(other.name("chat.signals")).isNotEqualTo(ours.seal().name("chat.signals"));
    }

    @Test
    void changesFromManyThreadsOnTwoMembersAllLand() throws Exception {
        DataGrid second = new DataGrid(members.member(1), GridMembers.SEAL);
        GridCodec<Integer> number = new GridCodec<>() {
            @Override
            public void write(Integer value, java.io.DataOutputStream out) throws java.io.IOException {
                out.writeInt(value);
            }

            @Override
            public Integer read(java.io.DataInputStream in) throws java.io.IOException {
                return in.readInt();
            }
        };
        List<java.util.concurrent.CompletionStage<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            DataGrid grid = i % 2 == 0 ? ours : second;
            calls.add(grid.sealedMap("test.counter", number).change("n", current -> {
                int next = current == null ? 1 : current + 1;
                return GridChange.Outcome.set(next, 0, next);
            }));
        }
        for (var call : calls) {
            call.toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        assertThat(GridCalls.await(ours.sealedMap("test.counter", number).get("n"), WAIT, "get")).contains(Optional.of(200));
    }

    /**
     * A change starts from what this member last saw of the key instead of reading it: when the other
     * member changed the key meanwhile, the write is refused and the change runs again on what is there,
     * and a change that only reads answers from the grid, never from the stale guess.
     */
    @Test
    void aChangeOnAStaleGuessStillSeesWhatTheOtherMemberWrote() throws Exception {
        DataGrid second = new DataGrid(members.member(1), GridMembers.SEAL);
        SealedMap<String> mine = ours.sealedMap("test.guess", TEXT);
        SealedMap<String> theirs = second.sealedMap("test.guess", TEXT);
        GridChange<String, String> append = current -> {
            String next = (current == null ? "" : current) + "a";
            return GridChange.Outcome.set(next, 0, next);
        };
        GridChange<String, String> appendB = current -> {
            String next = (current == null ? "" : current) + "b";
            return GridChange.Outcome.set(next, 0, next);
        };
        assertThat(GridCalls.await(mine.change("k", append), WAIT, "change")).contains("a");
        assertThat(GridCalls.await(theirs.change("k", appendB), WAIT, "change")).contains("ab");
        assertThat(GridCalls.await(mine.change("k", append), WAIT, "change")).contains("aba");
        assertThat(GridCalls.await(theirs.change("k", appendB), WAIT, "change")).contains("abab");
        assertThat(GridCalls.await(mine.change("k", current -> GridChange.Outcome.keep(current)), WAIT, "read"))
                .contains("abab");
        assertThat(GridCalls.await(theirs.change("k", current -> GridChange.Outcome.remove(current)), WAIT, "remove"))
                .contains("abab");
        assertThat(GridCalls.await(mine.change("k", append), WAIT, "change")).contains("a");
        assertThat(GridCalls.await(theirs.get("k"), WAIT, "get")).contains(Optional.of("a"));
    }

    @Test
    void aTopicDeliversOnlyAuthenticFreshMessagesOnce() throws InterruptedException {
        SealedTopic topic = ours.sealedTopic("test.signals");
        List<String> heard = new CopyOnWriteArrayList<>();
        CountDownLatch last = new CountDownLatch(1);
        List<byte[]> captured = new CopyOnWriteArrayList<>();
        ITopic<byte[]> raw = intruder.getTopic(topic.name());
        raw.addMessageListener(m -> captured.add(m.getMessageObject()));
        topic.listen(payload -> {
            String text = new String(payload, StandardCharsets.UTF_8);
            heard.add(text);
            if (text.equals("last")) {
                last.countDown();
            }
        });

        topic.publish("hello".getBytes(StandardCharsets.UTF_8));
        awaitSize(captured, 1);
        raw.publish("forged".getBytes(StandardCharsets.UTF_8));
        raw.publish(captured.get(0));
        raw.publish(GridMembers.SEAL.seal("marquee.other.topic", "moved".getBytes(StandardCharsets.UTF_8)));
        topic.publish("last".getBytes(StandardCharsets.UTF_8));

        assertThat(last.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly("hello", "last");
        assertThat(new String(captured.get(0), StandardCharsets.ISO_8859_1)).doesNotContain("hello");
    }

    @Test
    void theReplayGuardForgetsOnlyWhatCanNoLongerBeFresh() {
        long[] now = {1_000_000};
        java.time.Clock clock = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochMilli(now[0]);
            }
        };
        ReplayGuard guard = new ReplayGuard(clock);
        assertThat(guard.firstAndFresh("n1", now[0])).isTrue();
        assertThat(guard.firstAndFresh("n1", now[0])).isFalse();
        now[0] += ReplayGuard.GENERATION_MILLIS + 1;
        assertThat(guard.firstAndFresh("n1", now[0] - ReplayGuard.GENERATION_MILLIS - 1))
                .as("stale anyway").isFalse();
        assertThat(guard.firstAndFresh("n2", now[0] - ReplayGuard.FRESH_MILLIS + 10)).isTrue();
        assertThat(guard.firstAndFresh("n3", now[0] + ReplayGuard.FRESH_MILLIS + 10)).as("from the future").isFalse();
        now[0] += ReplayGuard.FRESH_MILLIS - 20;
        assertThat(guard.firstAndFresh("n2", now[0] - ReplayGuard.FRESH_MILLIS + 10)).isFalse();
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(list).hasSizeGreaterThanOrEqualTo(size);
    }
}
