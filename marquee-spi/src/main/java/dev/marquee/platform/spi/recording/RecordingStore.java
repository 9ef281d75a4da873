package dev.marquee.platform.spi.recording;

import dev.marquee.platform.spi.MarqueePlugin;
import dev.marquee.platform.spi.PluginKind;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Where recordings are kept: a flat space of objects named by keys such as {@code 42/seg-000017.m4s}
 * (letters, digits, {@code -}, {@code .} and {@code /} only; never {@code ..}). Core writes each object
 * once, whole, and never changes it; it reads them back to serve replays from any instance of a cluster,
 * and deletes a recording's objects by its prefix. The operator picks one store with
 * {@code marquee.recordings.store} (its {@link #id()}); {@code directory} is built in.
 *
 * <p><b>Threads.</b> Called from core's recording writer threads and from request threads, concurrently;
 * calls may block on I/O (they never run on a media thread). An {@link IOException} fails only the
 * recording being written (disk full, bucket gone): the live stream goes on.
 *
 * @since 0.1.0
 */
public interface RecordingStore extends MarqueePlugin {

    @Override
    default PluginKind kind() {
        return PluginKind.RECORDING_STORE;
    }

    /** Stores the object: the chunks back to back. Replaces an object of the same key (a retried write). */
    void write(String key, List<byte[]> chunks) throws IOException;

    /**
     * The object's bytes, to be closed by the caller.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such object
     */
    InputStream read(String key) throws IOException;

    /** Deletes every object whose key starts with {@code prefix} (which ends with {@code /}); none is fine. */
    void deleteAll(String prefix) throws IOException;
}
