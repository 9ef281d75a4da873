package dev.marquee.plugin.storage.s3;

import dev.marquee.platform.infrastructure.outbound.GuardedOutbound;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store against a real S3-compatible server (moto_server, path-style) through core's real guarded
 * client with 127.0.0.1 allowed. Each test works under its own key prefix. This server does not check
 * signatures: moto 5.2.1 rejects every signed request whose query holds a '/' (boto3's too), and every
 * ListObjectsV2 of a prefix does; {@link S3SignedRequestsTest} covers signatures and credentials.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3RecordingStoreTest {

    private static final String BUCKET = "recordings";

    private MotoServer moto;
    private GuardedOutbound allowed;
    private GuardedOutbound guardedOnly;
    private final List<S3RecordingStore> stores = new ArrayList<>();

    @BeforeAll
    void startServer() throws Exception {
        moto = MotoServer.start();
        moto.createBucket(BUCKET);
        allowed = GuardedOutbound.allowing("127.0.0.1");
        guardedOnly = GuardedOutbound.allowing();
    }

    @AfterAll
    void stopServer() throws Exception {
        stores.forEach(S3RecordingStore::close);
        allowed.close();
        guardedOnly.close();
        moto.close();
    }

    private Map<String, String> settings() {
        Map<String, String> values = new HashMap<>();
        values.put(S3Settings.STORE, "s3");
        values.put(S3Settings.ENDPOINT, moto.endpoint());
        values.put(S3Settings.BUCKET, BUCKET);
        values.put(S3Settings.PATH_STYLE, "true");
        values.put(S3Settings.ACCESS_KEY_ID, "AKIAMARQUEETEST00000");
        values.put(S3Settings.SECRET_ACCESS_KEY, "any secret will do here");
        return values;
    }

    private S3RecordingStore store(Map<String, String> values, dev.marquee.platform.spi.outbound.OutboundHttp http,
                                   int batchSize) {
        S3RecordingStore store = new S3RecordingStore(S3Settings.of(values), http, batchSize);
        stores.add(store);
        return store;
    }

    private S3RecordingStore store() {
        return store(settings(), allowed, S3Bucket.MAX_BATCH);
    }

    private static byte[] read(S3RecordingStore store, String key) throws IOException {
        try (InputStream in = store.read(key)) {
            return in.readAllBytes();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anObjectIsItsChunksBackToBack() throws IOException {
        S3RecordingStore store = store();
        store.write("1/init-0.mp4", List.of(utf8("ftyp"), utf8(""), utf8("moov-and-more")));
        assertThat(read(store, "1/init-0.mp4")).isEqualTo(utf8("ftypmoov-and-more"));
    }

    @Test
    void aSecondWriteReplacesTheObject() throws IOException {
        S3RecordingStore store = store();
        store.write("2/17.m4s", List.of(utf8("first try, longer")));
        store.write("2/17.m4s", List.of(utf8("retried")));
        assertThat(read(store, "2/17.m4s")).isEqualTo(utf8("retried"));
    }

    @Test
    void anEmptyObjectIsKept() throws IOException {
        S3RecordingStore store = store();
        store.write("3/empty.m4s", List.of());
        assertThat(read(store, "3/empty.m4s")).isEmpty();
    }

    @Test
    void aMissingKeyIsNoSuchFile() {
        S3RecordingStore store = store();
        assertThatThrownBy(() -> store.read("4/none.m4s")).isInstanceOf(NoSuchFileException.class)
                .hasMessage("4/none.m4s");
    }

    @Test
    void deleteAllRemovesThePrefixInBatchesAndNothingElse() throws IOException {
        CountingOutbound counted = new CountingOutbound(allowed);
        S3RecordingStore store = store(settings(), counted, 7);
        for (int i = 0; i < 30; i++) {
            store.write("6/" + i + ".m4s", List.of(utf8("segment " + i)));
        }
        store.write("60/0.m4s", List.of(utf8("another recording")));

        store.deleteAll("6/");

        for (int i = 0; i < 30; i++) {
            String key = "6/" + i + ".m4s";
            assertThatThrownBy(() -> store.read(key)).isInstanceOf(NoSuchFileException.class);
        }
        assertThat(read(store, "60/0.m4s")).isEqualTo(utf8("another recording"));
        assertThat(counted.count("POST /" + BUCKET + "?delete")).isEqualTo(5); // 7 + 7 + 7 + 7 + 2
        assertThat(counted.count("GET /" + BUCKET + "?list-type=2")).isEqualTo(5);
    }

    @Test
    void deleteAllOfMoreThanAThousandObjectsTakesTwoRequests() throws Exception {
        CountingOutbound counted = new CountingOutbound(allowed);
        S3RecordingStore store = store(settings(), counted, S3Bucket.MAX_BATCH);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 1005; i++) {
                String key = "7/" + i + ".m4s";
                writes.add(writers.submit(() -> {
                    store.write(key, List.of(utf8(key)));
                    return null;
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            writers.shutdown();
        }

        store.deleteAll("7/");

        assertThat(counted.count("POST /" + BUCKET + "?delete")).isEqualTo(2);
        assertThatThrownBy(() -> store.read("7/0.m4s")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.read("7/1004.m4s")).isInstanceOf(NoSuchFileException.class);
        store.deleteAll("7/"); // nothing left: fine
    }

    @Test
    void theConfiguredPrefixIsPartOfEveryKey() throws IOException {
        Map<String, String> values = settings();
        values.put(S3Settings.PREFIX, "/tenant-a/");
        S3RecordingStore prefixed = store(values, allowed, S3Bucket.MAX_BATCH);
        S3RecordingStore whole = store();

        prefixed.write("8/0.m4s", List.of(utf8("under the prefix")));

        assertThat(read(whole, "tenant-a/8/0.m4s")).isEqualTo(utf8("under the prefix"));
        assertThatThrownBy(() -> whole.read("8/0.m4s")).isInstanceOf(NoSuchFileException.class);
        prefixed.deleteAll("8/");
        assertThatThrownBy(() -> whole.read("tenant-a/8/0.m4s")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aMissingBucketIsNamed() {
        Map<String, String> values = settings();
        values.put(S3Settings.BUCKET, "no-such-bucket");
        S3RecordingStore store = store(values, allowed, S3Bucket.MAX_BATCH);
        assertThatThrownBy(() -> store.write("11/0.m4s", List.of(utf8("x")))).isInstanceOf(IOException.class)
                .hasMessage("Cannot write 11/0.m4s: the bucket 'no-such-bucket' does not exist at 127.0.0.1 "
                        + "(marquee.recordings.s3.bucket)");
        assertThatThrownBy(() -> store.read("11/0.m4s")).isInstanceOf(IOException.class)
                .isNotInstanceOf(NoSuchFileException.class).hasMessageContaining("'no-such-bucket' does not exist");
        assertThatThrownBy(() -> store.deleteAll("11/")).isInstanceOf(IOException.class)
                .hasMessageContaining("'no-such-bucket' does not exist");
    }

    @Test
    void theGuardRefusesTheLoopbackEndpointUnlessAllowedAndDoesNotRetry() throws IOException {
        CountingOutbound counted = new CountingOutbound(guardedOnly);
        S3RecordingStore refused = store(settings(), counted, S3Bucket.MAX_BATCH);

        assertThatThrownBy(() -> refused.write("12/0.m4s", List.of(utf8("x")))).isInstanceOf(IOException.class)
                .hasMessage("Cannot write 12/0.m4s: recording storage at 127.0.0.1 cannot be reached: 127.0.0.1 is a "
                        + "loopback address; Marquee sends no requests to internal addresses unless an operator "
                        + "allows the host in marquee.outbound.allow");
        assertThat(counted.sent).hasSize(1);
        assertThatThrownBy(() -> store().read("12/0.m4s")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aServerThatIsNotThereIsUnreachable() throws IOException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Map<String, String> values = settings();
        values.put(S3Settings.ENDPOINT, "http://127.0.0.1:" + port);
        S3RecordingStore store = store(values, allowed, S3Bucket.MAX_BATCH);
        assertThatThrownBy(() -> store.read("13/0.m4s")).isInstanceOf(IOException.class)
                .hasMessage("Cannot read 13/0.m4s: recording storage at 127.0.0.1 cannot be reached: 127.0.0.1 "
                        + "refused the connection");
    }
}
