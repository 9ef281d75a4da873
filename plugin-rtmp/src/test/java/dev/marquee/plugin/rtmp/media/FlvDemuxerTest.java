package dev.marquee.plugin.rtmp.media;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlvDemuxerTest {

    private static final MediaPacket METADATA = new MediaPacket(MediaPacket.Kind.DATA, 0,
            new byte[] {2, 0, 10, 'o', 'n', 'M', 'e', 't', 'a', 'D', 'a', 't', 'a', 5});

    @Test
    void readsBackWhatFlvFormatWrites() throws IOException {
        List<MediaPacket> sent = List.of(METADATA, Packets.avcConfig(0), Packets.aacConfig(0), Packets.keyframe(0, 3000),
                Packets.audio(21, 300), Packets.interframe(40, 1200), Packets.keyframe(0x01_23_45_67, 50));

        List<MediaPacket> read = readAll(flv(sent), FlvDemuxer.DEFAULT_MAX_TAG_BYTES);

        assertThat(read).hasSize(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            assertThat(read.get(i).kind()).isEqualTo(sent.get(i).kind());
            assertThat(read.get(i).timestamp()).isEqualTo(sent.get(i).timestamp());
            assertThat(read.get(i).body()).isEqualTo(sent.get(i).body());
        }
        assertThat(read.get(6).timestamp()).as("extended timestamp byte is the high byte").isEqualTo(0x01_23_45_67);
    }

    @Test
    void aStreamWithOnlyTheHeaderHasNoPackets() throws IOException {
        FlvDemuxer demuxer = new FlvDemuxer(new ByteArrayInputStream(FlvFormat.header()), 1024);
        assertThat(demuxer.next()).isEmpty();
    }

    @Test
    void skipsAHeaderLongerThanNineBytesAndTagsOfOtherTypes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {'F', 'L', 'V', 1, 5, 0, 0, 0, 12, 7, 7, 7, 0, 0, 0, 0});
        byte[] other = FlvFormat.tag(Packets.audio(5, 10));
        other[0] = 15; // not audio, video or script data
        out.write(other);
        out.write(FlvFormat.tag(Packets.keyframe(40, 20)));

        List<MediaPacket> read = readAll(out.toByteArray(), 1024);

        assertThat(read).extracting(MediaPacket::timestamp).containsExactly(40);
    }

    @Test
    void refusesBytesThatAreNotFlv() {
        byte[] notFlv = "HTTP/1.1 200 OK\r\n\r\n".getBytes();
        assertThatThrownBy(() -> readAll(notFlv, 1024)).isInstanceOf(FlvDemuxer.MalformedFlv.class)
                .hasMessageContaining("signature");
    }

    @Test
    void refusesAnEmptyStream() {
        assertThatThrownBy(() -> readAll(new byte[0], 1024)).isInstanceOf(EOFException.class);
    }

    @Test
    void refusesATagLargerThanTheLimitBeforeReadingIt() {
        byte[] bytes = flv(List.of(Packets.keyframe(0, 5000)));
        assertThatThrownBy(() -> readAll(bytes, 4096)).isInstanceOf(FlvDemuxer.MalformedFlv.class)
                .hasMessageContaining("larger than 4096");
    }

    @Test
    void refusesAnAbsurdTagSizeWithoutAllocatingIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(FlvFormat.header());
        out.writeBytes(new byte[] {9, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> readAll(out.toByteArray(), FlvDemuxer.DEFAULT_MAX_TAG_BYTES))
                .isInstanceOf(FlvDemuxer.MalformedFlv.class).hasMessageContaining("16777215");
    }

    @Test
    void aStreamCutInsideATagIsAnError() {
        byte[] whole = flv(List.of(Packets.keyframe(0, 100), Packets.interframe(40, 100)));
        byte[] cut = Arrays.copyOf(whole, whole.length - 30);
        assertThatThrownBy(() -> readAll(cut, 1024)).isInstanceOf(EOFException.class).hasMessageContaining("inside a tag");
    }

    @Test
    void aTagWhoseTrailingSizeDisagreesIsAnError() {
        byte[] bytes = flv(List.of(Packets.keyframe(0, 100)));
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> readAll(bytes, 1024)).isInstanceOf(FlvDemuxer.MalformedFlv.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void refusesEncryptedTags() {
        byte[] bytes = flv(List.of(Packets.keyframe(0, 100)));
        bytes[13] |= 0x20; // the filter bit of the first tag
        assertThatThrownBy(() -> readAll(bytes, 1024)).isInstanceOf(FlvDemuxer.MalformedFlv.class)
                .hasMessageContaining("Encrypted");
    }

    @Test
    void readsATagDeliveredOneByteAtATime() throws IOException {
        byte[] bytes = flv(List.of(Packets.avcConfig(0), Packets.keyframe(0, 700)));
        ByteArrayInputStream slow = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        FlvDemuxer demuxer = new FlvDemuxer(slow, 1024);
        assertThat(demuxer.next()).map(MediaPacket::isSequenceHeader).contains(true);
        assertThat(demuxer.next()).map(MediaPacket::size).contains(700);
        assertThat(demuxer.next()).isEmpty();
    }

    static byte[] flv(List<MediaPacket> packets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(FlvFormat.header());
        packets.forEach(p -> out.writeBytes(p.flvTag()));
        return out.toByteArray();
    }

    private static List<MediaPacket> readAll(byte[] bytes, int maxTag) throws IOException {
        FlvDemuxer demuxer = new FlvDemuxer(new ByteArrayInputStream(bytes), maxTag);
        List<MediaPacket> read = new ArrayList<>();
        for (Optional<MediaPacket> p = demuxer.next(); p.isPresent(); p = demuxer.next()) {
            read.add(p.get());
        }
        return read;
    }
}
