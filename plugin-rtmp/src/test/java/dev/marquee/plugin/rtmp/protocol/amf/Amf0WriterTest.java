package dev.marquee.plugin.rtmp.protocol.amf;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Amf0WriterTest {

    @Test
    void writesTheSpecificationsEncodings() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", 2);
        object.put("a", "x");

        assertThat(write(1.0)).isEqualTo(bytes("00 3FF0000000000000"));
        assertThat(write(7)).isEqualTo(bytes("00 401C000000000000"));
        assertThat(write(true)).isEqualTo(bytes("01 01"));
        assertThat(write("hello")).isEqualTo(bytes("02 0005 68656C6C6F"));
        assertThat(write(null)).isEqualTo(bytes("05"));
        assertThat(write(AmfUndefined.INSTANCE)).isEqualTo(bytes("06"));
        assertThat(write(object)).isEqualTo(bytes("03 0001 62 00 4000000000000000 0001 61 02 0001 78 0000 09"));
        assertThat(write(new AmfEcmaArray(Map.of("w", false)))).isEqualTo(bytes("08 00000001 0001 77 01 00 0000 09"));
        assertThat(write(Arrays.asList(1.0, null))).isEqualTo(bytes("0A 00000002 00 3FF0000000000000 05"));
        assertThat(write(new Object[] {"a"})).isEqualTo(bytes("0A 00000001 02 0001 61"));
    }

    @Test
    void writesLongStringsPast65535Bytes() {
        String big = "é".repeat(40000);

        byte[] written = write(big);

        assertThat(written[0]).isEqualTo((byte) 0x0C);
        assertThat(new Amf0Reader().read(Unpooled.wrappedBuffer(written))).isEqualTo(big);
    }

    @Test
    void roundTripsNestedValues() {
        Map<String, Object> metadata = new AmfEcmaArray();
        metadata.put("duration", 0.0);
        metadata.put("encoder", "Lavf59.27.100");
        metadata.put("fourCcList", List.of("av01", "hvc1"));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("hvc1", 7.0);
        inner.put("deeper", new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("x", true)), AmfUndefined.INSTANCE)));
        metadata.put("videoFourCcInfoMap", inner);
        metadata.put("date", AmfDate.of(Instant.ofEpochMilli(1_700_000_000_000L)));
        List<Object> values = Arrays.asList("onMetaData", metadata, null, -0.5);

        ByteBuf buf = Unpooled.buffer();
        Amf0Writer.writeAll(buf, values);
        List<Object> read = new Amf0Reader().readAll(buf);

        assertThat(read).isEqualTo(values);
        assertThat(read.get(1)).isInstanceOf(AmfEcmaArray.class);
        assertThat(((AmfDate) ((Map<String, Object>) read.get(1)).get("date")).toInstant())
                .isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
    }

    @Test
    void refusesValuesWithoutAnAmf0Type() {
        assertThatThrownBy(() -> write(new Object())).isInstanceOf(AmfException.class);
        assertThatThrownBy(() -> write(Map.of(1, 2))).isInstanceOf(AmfException.class);
        assertThatThrownBy(() -> write(Map.of("", 2))).isInstanceOf(AmfException.class);
    }

    @Test
    void refusesCycles() {
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);

        assertThatThrownBy(() -> write(cycle)).isInstanceOf(AmfException.class).hasMessageContaining("cycle");
    }

    private static byte[] write(Object value) {
        ByteBuf buf = Unpooled.buffer();
        Amf0Writer.write(buf, value);
        return ByteBufUtil.getBytes(buf);
    }
}
