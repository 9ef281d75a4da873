package dev.marquee.plugin.storage.s3;

import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.platform.spi.recording.RecordingStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;

/**
 * The {@code s3} recording store: objects in a bucket of Amazon S3 or an S3-compatible server (MinIO,
 * Ceph, ...), every request sent through core's guarded {@link OutboundHttp}. Used when the operator sets
 * {@code marquee.recordings.store=s3}. Nothing is sent, and no S3 client is built, before the first call:
 * deploying with another store selected costs nothing.
 *
 * <p><b>Lifecycle and threads.</b> One instance per application; the S3 client is built on the first
 * call and closed when the application stops. Calls may come from many threads at once and block on
 * network I/O.
 */
@ApplicationScoped
public class S3RecordingStore implements RecordingStore {

    public static final String ID = "s3";

    private static final Logger LOG = Logger.getLogger(S3RecordingStore.class.getName());

    @Inject
    S3Settings settings;

    @Inject
    OutboundHttp http;

    private int batchSize = S3Bucket.MAX_BATCH;
    private S3Bucket bucket;

    /** For CDI. */
    public S3RecordingStore() {
    }

    /** A store with its settings and outbound client given (tests); {@code batchSize} keys per delete request. */
    S3RecordingStore(S3Settings settings, OutboundHttp http, int batchSize) {
        this.settings = settings;
        this.http = http;
        this.batchSize = batchSize;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Amazon S3 or S3-compatible storage";
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public String configurationHint() {
        return settings.hint();
    }

    @Override
    public void write(String key, List<byte[]> chunks) throws IOException {
        bucket().write(key, chunks);
    }

    @Override
    public InputStream read(String key) throws IOException {
        return bucket().read(key);
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        bucket().deleteAll(prefix);
    }

    @PreDestroy
    synchronized void close() {
        if (bucket != null) {
            bucket.close();
            bucket = null;
        }
    }

    private synchronized S3Bucket bucket() throws IOException {
        if (bucket == null) {
            if (!settings.configured()) {
                throw new IOException(settings.hint());
            }
            bucket = new S3Bucket(S3Clients.build(settings, http), settings, batchSize);
            LOG.info(() -> "Recordings are kept in " + settings);
        }
        return bucket;
    }
}
