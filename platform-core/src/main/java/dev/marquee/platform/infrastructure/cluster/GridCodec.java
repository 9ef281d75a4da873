package dev.marquee.platform.infrastructure.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The explicit byte format of a value kept in the grid: no Java serialisation, so what another member
 * sends can only ever be read as the fields written here. Implementations are stateless.
 */
public interface GridCodec<T> {

    void write(T value, DataOutputStream out) throws IOException;

    T read(DataInputStream in) throws IOException;

    /** Plain bytes, for callers with a format of their own. */
    static GridCodec<byte[]> bytes() {
        return new GridCodec<>() {
            @Override
            public void write(byte[] value, DataOutputStream out) throws IOException {
                out.writeInt(value.length);
                out.write(value);
            }

            @Override
            public byte[] read(DataInputStream in) throws IOException {
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    throw new IOException("Bad length " + length);
                }
                return in.readNBytes(length);
            }
        };
    }

    /** {@code value} in this format. */
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
