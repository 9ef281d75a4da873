package dev.marquee.plugin.rtmp.protocol.amf;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.buf;
import static dev.marquee.plugin.rtmp.protocol.TestBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Byte fixtures written from the AMF0 specification. */
class Amf0ReaderTest {

    private final Amf0Reader reader = new Amf0Reader();

    @Test
    void readsScalars() {
        assertThat(reader.readAll(buf(
                "00 3FF0000000000000", // Number 1.0
                "01 01", "01 00", // Boolean true, false
                "02 0005 68656C6C6F", // String "hello"
                "0C 00000002 C3A9", // Long String "é"
                "05", "06", // Null, Undefined
                "0B 4059000000000000 0000"))) // Date 100.0 ms
                .containsExactly(1.0, true, false, "hello", "é", null, AmfUndefined.INSTANCE, new AmfDate(100, 0));
    }

    @Test
    void readsAnObjectInOrder() {
        Object value = reader.read(buf("03 0001 62 00 4000000000000000 0001 61 02 0001 78 0000 09"));

        assertThat(value).isInstanceOf(LinkedHashMap.class).isNotInstanceOf(AmfEcmaArray.class);
        assertThat((Map<String, Object>) value).containsExactly(entry("b", 2.0), entry("a", "x"));
    }

    @Test
    void readsAnEcmaArrayAndAStrictArray() {
        List<Object> values = reader.readAll(buf(
                "08 00000001 0005 7769647468 00 4074000000000000 0000 09",
                "0A 00000002 00 3FF0000000000000 05"));

        assertThat(values.get(0)).isInstanceOf(AmfEcmaArray.class);
        assertThat((Map<String, Object>) values.get(0)).containsExactly(entry("width", 320.0));
        assertThat((List<Object>) values.get(1)).containsExactly(1.0, null);
    }

    @Test
    void toleratesAnEcmaArrayEndingWithTheMessage() {
        assertThat((Map<String, Object>) reader.read(buf("08 00000001 0001 61 01 01"))).containsExactly(entry("a", true));
    }

    @Test
    void resolvesReferencesToEarlierComplexValues() {
        List<?> list = (List<Object>) reader.read(buf("0A 00000002 03 0001 61 05 0000 09 07 0001"));

        assertThat(list.get(1)).isSameAs(list.get(0));
    }

    @Test
    void leavesTheReaderIndexAfterTheValue() {
        ByteBuf in = buf("02 0001 61 FF");

        assertThat(reader.read(in)).isEqualTo("a");
        assertThat(in.readerIndex()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00 3FF0", "01", "02 00", "02 0005 6869", "0C 7FFFFFFF 00", "03 0001 61", "03 0001",
        "03 0000 05", "08 0000", "0A 00000002 05", "0A FFFFFFFF 05", "0B 4059000000000000", "07 0000",
        "04", "0D", "0E", "0F 00000000", "10 0000", "11 01", "FF"})
    void rejectsMalformedInput(String hex) {
        ByteBuf in = buf(hex);

        assertThatThrownBy(() -> reader.readAll(in)).isInstanceOf(AmfException.class);
    }

    @Test
    void limitsNesting() {
        byte[] deep = nestedObjects(40);

        assertThatThrownBy(() -> reader.read(Unpooled.wrappedBuffer(deep))).isInstanceOf(AmfException.class)
                .hasMessageContaining("deeper than 32");
        assertThat(new Amf0Reader(64).read(Unpooled.wrappedBuffer(deep))).isInstanceOf(Map.class);
    }

    /** {a: {a: ... {a: null} ...}} */
    private static byte[] nestedObjects(int depth) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < depth; i++) {
            out.writeBytes(bytes("03 0001 61"));
        }
        out.writeBytes(bytes("05"));
        for (int i = 0; i < depth; i++) {
            out.writeBytes(bytes("0000 09"));
        }
        return out.toByteArray();
    }
}
