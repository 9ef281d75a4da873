package dev.marquee.platform.infrastructure.cluster;

import dev.marquee.platform.spi.cluster.ValueFormat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The explicit byte format of a value kept in the grid: no Java serialisation, so what another member
 * sends can only ever be read as the fields written here. Core's name for the plugin API's
 * {@link ValueFormat}, which the sealed maps take. Implementations are stateless.
 */
public interface GridCodec<T> extends ValueFormat<T> {

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
}
