package dev.marquee.platform.application.branding;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HexColorTest {

    @Test
    void readsLongAndShortFormsAndWritesLowerCaseLong() {
        assertThat(HexColor.parse("#5B3DF5").hex()).isEqualTo("#5b3df5");
        assertThat(HexColor.parse(" #fc0 ").hex()).isEqualTo("#ffcc00");
    }

    @Test
    void refusesAnythingElse() {
        assertThat(HexColor.parse("red")).isNull();
        assertThat(HexColor.parse("#12345")).isNull();
        assertThat(HexColor.parse("5b3df5")).isNull();
        assertThat(HexColor.parse("#5b3df5;background:url(x)")).isNull();
        assertThat(HexColor.parse(null)).isNull();
    }

    @Test
    void contrastRatiosAreWcags() {
        HexColor white = HexColor.parse("#fff");
        assertThat(HexColor.parse("#000").contrastWith(white)).isCloseTo(21.0, within(0.001));
        assertThat(white.contrastWith(white)).isCloseTo(1.0, within(0.001));
        // Values published by WebAIM's contrast checker.
        assertThat(HexColor.parse("#767676").contrastWith(white)).isCloseTo(4.54, within(0.01));
        assertThat(HexColor.parse("#777777").contrastWith(white)).isCloseTo(4.48, within(0.01));
        assertThat(HexColor.parse("#5b3df5").contrastWith(white)).isGreaterThan(4.5);
    }

    @Test
    void theReadableColourOnAnAccentIsWhiteOrBlack() {
        assertThat(HexColor.parse("#5b3df5").readableOn().hex()).isEqualTo("#ffffff");
        assertThat(HexColor.parse("#ffcc00").readableOn().hex()).isEqualTo("#000000");
    }
}
