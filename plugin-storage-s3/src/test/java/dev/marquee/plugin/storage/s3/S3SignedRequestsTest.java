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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store against moto_server requiring a valid signature from a key it issued, through core's guarded
 * client: what the SDK signs (host, content length, payload hash) is what the guarded client sends, and
 * wrong credentials are named without showing the secret. (Deleting is left to S3RecordingStoreTest:
 * moto cannot check the signature of a listing by prefix.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3SignedRequestsTest {

    private static final String BUCKET = "signed-recordings";

    private MotoServer moto;
    private MotoServer.Credentials credentials;
    private GuardedOutbound allowed;
    private final List<S3RecordingStore> stores = new ArrayList<>();

    @BeforeAll
    void startServer() throws Exception {
        moto = MotoServer.start();
        credentials = moto.createUser("marquee");
        moto.createBucket(BUCKET);
        moto.requireSignatures();
        allowed = GuardedOutbound.allowing("127.0.0.1");
    }

    @AfterAll
    void stopServer() throws Exception {
        stores.forEach(S3RecordingStore::close);
        allowed.close();
        moto.close();
    }

    private S3RecordingStore store(String accessKeyId, String secret) {
        Map<String, String> values = new HashMap<>();
        values.put(S3Settings.STORE, "s3");
        values.put(S3Settings.ENDPOINT, moto.endpoint() + "/");
        values.put(S3Settings.BUCKET, BUCKET);
        values.put(S3Settings.PATH_STYLE, "true");
        values.put(S3Settings.ACCESS_KEY_ID, accessKeyId);
        values.put(S3Settings.SECRET_ACCESS_KEY, secret);
        S3RecordingStore store = new S3RecordingStore(S3Settings.of(values), allowed, S3Bucket.MAX_BATCH);
        stores.add(store);
        return store;
    }

    private S3RecordingStore store() {
        return store(credentials.accessKeyId(), credentials.secretAccessKey());
    }

    private static byte[] read(S3RecordingStore store, String key) throws IOException {
        try (InputStream in = store.read(key)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aLargeObjectIsWrittenAndReadWithValidSignatures() throws IOException {
        byte[] all = new byte[6 * 1024 * 1024 + 123];
        new Random(5).nextBytes(all);
        List<byte[]> chunks = new ArrayList<>();
        for (int at = 0; at < all.length; at += 65536) {
            chunks.add(Arrays.copyOfRange(all, at, Math.min(all.length, at + 65536)));
        }
        S3RecordingStore store = store();
        store.write("1/big.m4s", chunks);
        assertThat(read(store, "1/big.m4s")).isEqualTo(all);
    }

    @Test
    void anOverwriteAndAMissingKeyAreSignedToo() throws IOException {
        S3RecordingStore store = store();
        store.write("2/init-0.mp4", List.of("one".getBytes(StandardCharsets.UTF_8)));
        store.write("2/init-0.mp4", List.of("two".getBytes(StandardCharsets.UTF_8), new byte[0]));
        assertThat(read(store, "2/init-0.mp4")).asString(StandardCharsets.UTF_8).isEqualTo("two");
        assertThatThrownBy(() -> store.read("2/none.m4s")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aWrongSecretIsNamedAndNotShown() {
        S3RecordingStore store = store(credentials.accessKeyId(), "not-the-secret-0123456789");
        assertThatThrownBy(() -> store.write("3/0.m4s", List.of(new byte[] {1}))).isInstanceOf(IOException.class)
                .hasMessage("Cannot write 3/0.m4s: 127.0.0.1 refused the signature: check the secret access key "
                        + "(marquee.recordings.s3.secret-access-key)")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("not-the-secret"));
        assertThat(store.toString() + S3Settings.of(Map.of(S3Settings.SECRET_ACCESS_KEY, "not-the-secret")))
                .doesNotContain("not-the-secret");
    }

    @Test
    void anUnknownAccessKeyIsNamed() {
        S3RecordingStore store = store("AKIAUNKNOWN000000000", credentials.secretAccessKey());
        assertThatThrownBy(() -> store.read("4/0.m4s")).isInstanceOf(IOException.class)
                .isNotInstanceOf(NoSuchFileException.class)
                .hasMessage("Cannot read 4/0.m4s: 127.0.0.1 does not know the access key id "
                        + "(marquee.recordings.s3.access-key-id)");
    }
}
