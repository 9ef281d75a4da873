package dev.marquee.platform.application.viewing;

import dev.marquee.platform.infrastructure.cluster.GridCodec;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A person's open streams in the grid's format. */
final class GridStreamsCodec implements GridCodec<List<GridStream>> {

    /** More than any limit allows: a value past it is not Marquee's. */
    static final int MAX_STREAMS = 1_000;

    @Override
    public void write(List<GridStream> value, DataOutputStream out) throws IOException {
        out.writeInt(value.size());
        for (GridStream s : value) {
            out.writeUTF(s.id());
            out.writeLong(s.eventId());
            out.writeLong(s.stageId());
            out.writeUTF(s.stageName());
            out.writeUTF(s.device());
            out.writeLong(s.startedAt());
            out.writeLong(s.member().getMostSignificantBits());
            out.writeLong(s.member().getLeastSignificantBits());
        }
    }

    @Override
    public List<GridStream> read(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > MAX_STREAMS) {
            throw new IOException("Bad stream count " + size);
        }
        List<GridStream> streams = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            streams.add(new GridStream(in.readUTF(), in.readLong(), in.readLong(), in.readUTF(), in.readUTF(),
                    in.readLong(), new UUID(in.readLong(), in.readLong())));
        }
        return streams;
    }
}
