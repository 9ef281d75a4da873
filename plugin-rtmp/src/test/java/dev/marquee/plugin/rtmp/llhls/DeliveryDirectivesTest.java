package dev.marquee.plugin.rtmp.llhls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeliveryDirectivesTest {

    @Test
    void readsTheSegmentAndThePart() throws Exception {
        assertThat(DeliveryDirectives.parse("12", "3")).isEqualTo(new DeliveryDirectives(12, 3));
        assertThat(DeliveryDirectives.parse("12", null)).isEqualTo(new DeliveryDirectives(12, -1));
        assertThat(DeliveryDirectives.parse(null, null).blocking()).isFalse();
    }

    @Test
    void nonsenseIsABadRequest() {
        assertThatThrownBy(() -> DeliveryDirectives.parse(null, "1")).isInstanceOf(DeliveryDirectives.Invalid.class);
        assertThatThrownBy(() -> DeliveryDirectives.parse("-1", null)).isInstanceOf(DeliveryDirectives.Invalid.class);
        assertThatThrownBy(() -> DeliveryDirectives.parse("x", null)).isInstanceOf(DeliveryDirectives.Invalid.class);
        assertThatThrownBy(() -> DeliveryDirectives.parse("1", "1.5")).isInstanceOf(DeliveryDirectives.Invalid.class);
        assertThatThrownBy(() -> DeliveryDirectives.parse("99999999999999999999", null))
                .isInstanceOf(DeliveryDirectives.Invalid.class);
    }

    @Test
    void fileNamesRoundTrip() {
        assertThat(LlHlsNames.parse(LlHlsNames.part("k3x", 12, 4))).hasValue(
                new LlHlsNames.MediaFile(LlHlsNames.MediaFile.Kind.PART, "k3x", 12, 4));
        assertThat(LlHlsNames.parse(LlHlsNames.segment("k3x", 12)).orElseThrow().kind())
                .isEqualTo(LlHlsNames.MediaFile.Kind.SEGMENT);
        assertThat(LlHlsNames.parse(LlHlsNames.init("k3x", 1)).orElseThrow().number()).isEqualTo(1);
        assertThat(LlHlsNames.parse("seg-k3x-1.2.m4s")).isEmpty();
        assertThat(LlHlsNames.parse("init-k3x-1.m4s")).isEmpty();
    }
}
