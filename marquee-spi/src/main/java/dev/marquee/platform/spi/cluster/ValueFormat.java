package dev.marquee.platform.spi.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The explicit byte format of the values a {@link ClusterMap} keeps: each field written in turn, no Java
 * serialisation, so whatever reaches the grid can only ever be read back as the fields written here.
 *
 * <p><b>Writing one.</b> Write a count before a list and bound it when reading (throw an
 * {@link IOException} past a limit of your own); a value that does not read counts as absent. Add a version
 * byte first if the format may change: instances of one deployment run one version, but an entry may
 * outlive an upgrade.
 *
 * <p><b>Threading.</b> Implementations are stateless and thread-safe; core calls them on request threads
 * and on the grid's threads alike.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0.
 *
 * @param <T> the value type
 * @since 0.1.0
 */
public interface ValueFormat<T> {

    /** Writes {@code value} (never null). */
    void write(T value, DataOutputStream out) throws IOException;

    /** Reads a value written by {@link #write}; an {@link IOException} when the bytes are not one. */
    T read(DataInputStream in) throws IOException;

    /** {@code value} in this format, as bytes (for tests and for plugins that keep the bytes elsewhere). */
    default byte[] encode(T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The value in {@code data}; an {@link IOException} when it is not one. */
    default T decode(byte[] data) throws IOException {
        return read(new DataInputStream(new ByteArrayInputStream(data)));
    }
}
