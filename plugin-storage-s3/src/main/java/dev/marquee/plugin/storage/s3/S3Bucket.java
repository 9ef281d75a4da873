package dev.marquee.plugin.storage.s3;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The store's objects in one bucket, under the configured key prefix: one PutObject per write (its length
 * known), a streamed GetObject per read, and ListObjectsV2 with DeleteObjects, a page at a time, to
 * delete a prefix.
 *
 * <p><b>Threads.</b> Thread-safe: the S3 client is, and nothing else here changes. {@link #close()}
 * when the application stops.
 */
final class S3Bucket implements AutoCloseable {

    /** The most keys one DeleteObjects request may name (S3's limit). */
    static final int MAX_BATCH = 1000;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._/-]{1,512}");

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final int batchSize;
    private final S3Failures failures;

    S3Bucket(S3Client client, S3Settings settings, int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("The batch size must be 1 to " + MAX_BATCH);
        }
        this.client = client;
        this.bucket = settings.bucket();
        this.prefix = settings.keyPrefix();
        this.batchSize = batchSize;
        this.failures = new S3Failures(settings);
    }

    void write(String key, List<byte[]> chunks) throws IOException {
        String name = prefix + checked(key);
        long length = chunks.stream().mapToLong(chunk -> chunk.length).sum();
        // The chunks are streamed back to back, as often as the SDK asks (signing, a retry): never copied here.
        ContentStreamProvider content = () -> new SequenceInputStream(Collections.enumeration(
                chunks.stream().map(chunk -> (InputStream) new ByteArrayInputStream(chunk)).toList()));
        try {
            client.putObject(put -> put.bucket(bucket).key(name).contentLength(length),
                    RequestBody.fromContentProvider(content, length, "application/octet-stream"));
        } catch (SdkException e) {
            throw failures.of("write " + key, e);
        }
    }

    InputStream read(String key) throws IOException {
        String name = prefix + checked(key);
        try {
            return client.getObject(get -> get.bucket(bucket).key(name));
        } catch (NoSuchKeyException e) {
            NoSuchFileException missing = new NoSuchFileException(key);
            missing.initCause(e);
            throw missing;
        } catch (SdkException e) {
            throw failures.of("read " + key, e);
        }
    }

    void deleteAll(String keyPrefix) throws IOException {
        String under = prefix + checked(keyPrefix);
        String token = null;
        try {
            do {
                String after = token;
                ListObjectsV2Response page = client.listObjectsV2(list -> list.bucket(bucket).prefix(under)
                        .maxKeys(batchSize).continuationToken(after));
                List<ObjectIdentifier> keys = page.contents().stream()
                        .map(object -> ObjectIdentifier.builder().key(object.key()).build()).toList();
                if (!keys.isEmpty()) {
                    DeleteObjectsResponse deleted = client.deleteObjects(delete -> delete.bucket(bucket)
                            .delete(batch -> batch.objects(keys).quiet(true)));
                    if (deleted.hasErrors() && !deleted.errors().isEmpty()) {
                        throw notDeleted(keyPrefix, deleted.errors(), keys.size());
                    }
                }
                token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
            } while (token != null);
        } catch (SdkException e) {
            throw failures.of("delete " + keyPrefix, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }

    private static IOException notDeleted(String keyPrefix, List<S3Error> errors, int asked) {
        String code = errors.get(0).code();
        return new IOException("Cannot delete " + keyPrefix + ": " + errors.size() + " of " + asked
                + " objects were not deleted" + (code != null && code.matches("[A-Za-z]{1,64}") ? " (" + code + ")" : ""));
    }

    /** A key as the SPI promises them (letters, digits, '-', '.', '/', never '..'); anything else is a bug. */
    private static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..") || key.startsWith("/")) {
            throw new IllegalArgumentException("Not a recording key: " + key);
        }
        return key;
    }
}
