package dev.marquee.plugin.chat.room;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundFrameTest {

    @Test
    void aShortTextHasATwoByteHeader() {
        OutboundFrame f = OutboundFrame.of("{\"type\":\"presence\"}");
        assertThat(f.wire()[0]).isEqualTo((byte) 0x81);
        assertThat(f.wire()[1]).isEqualTo((byte) 19);
        assertThat(new String(f.wire(), 2, 19, StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"presence\"}");
        assertThat(f.size()).isEqualTo(21);
    }

    @Test
    void lengthsAreCountedInUtf8Bytes() {
        OutboundFrame f = OutboundFrame.of("é".repeat(63)); // 126 bytes: the first length that needs 16 bits
        assertThat(Arrays.copyOf(f.wire(), 4)).containsExactly(0x81, 126, 0, 126);
        assertThat(f.size()).isEqualTo(4 + 126);
    }

    @Test
    void aLongTextHasA64BitLength() {
        OutboundFrame f = OutboundFrame.of("x".repeat(70_000));
        assertThat(Arrays.copyOf(f.wire(), 10)).containsExactly(0x81, 127, 0, 0, 0, 0, 0, 1, 0x11, 0x70);
        assertThat(f.size()).isEqualTo(10 + 70_000);
        assertThat(f.text()).hasSize(70_000);
    }

    @Test
    void framesOfCountsAddUpKeyByKeyAndKeepTheLatestOtherMembers() {
        OutboundFrame first = OutboundFrame.summing("{\"type\":\"reaction.burst\",\"counts\":{\"👏\":3,\"🎉\":1},\"at\":1}");
        OutboundFrame second = OutboundFrame.summing("{\"type\":\"reaction.burst\",\"counts\":{\"🎉\":2,\"❤️\":5},\"at\":2}");

        OutboundFrame summed = first.plus(second);

        assertThat(first.sumsType()).isEqualTo("reaction.burst");
        assertThat(summed.sumsType()).isEqualTo("reaction.burst");
        assertThat(summed.text()).isEqualTo("{\"type\":\"reaction.burst\",\"counts\":{\"👏\":3,\"🎉\":3,\"❤️\":5},\"at\":2}");
        assertThat(summed.size()).isEqualTo(summed.text().getBytes(StandardCharsets.UTF_8).length + 2);
    }

    @Test
    void aTextWithoutTypeOrCountsIsAnOrdinaryFrame() {
        assertThat(OutboundFrame.summing("{\"type\":\"reaction.burst\"}").sumsType()).isNull();
        assertThat(OutboundFrame.summing("{\"counts\":{\"a\":1}}").sumsType()).isNull();
        assertThat(OutboundFrame.summing("not json").sumsType()).isNull();
        assertThat(OutboundFrame.summing("[1]").sumsType()).isNull();
        assertThat(OutboundFrame.of("{\"type\":\"reaction.burst\",\"counts\":{}}").sumsType()).isNull();
    }
}
