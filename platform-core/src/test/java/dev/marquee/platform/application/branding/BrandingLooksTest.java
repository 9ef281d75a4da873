package dev.marquee.platform.application.branding;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.settings.SettingError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BrandingLooksTest {

    @Test
    void readableColoursAreKeptNormalised() {
        BrandingLooks looks = BrandingLooks.check(new BrandingDraft("#0B5FFF", "#FFF", "#111", " Acme logo ", "Line 1\r\nLine 2"));
        assertThat(looks).isEqualTo(new BrandingLooks("#0b5fff", "#ffffff", "#111111", "Acme logo", "Line 1\nLine 2"));
    }

    @Test
    void nothingSetIsNoBranding() {
        assertThat(BrandingLooks.check(new BrandingDraft(null, "", " ", null, "")))
                .isEqualTo(new BrandingLooks(null, null, null, null, null));
    }

    @Test
    void aLowContrastTextColourIsRefusedOnItsFieldWithTheRatio() {
        Problem problem = catchThrowableOfType(Problem.class,
                () -> BrandingLooks.check(new BrandingDraft(null, "#ffffff", "#777777", null, null)));
        assertThat(problem.kind()).isEqualTo(Problem.Kind.INVALID);
        assertThat(problem.fields()).containsExactly(new SettingError("text",
                "The text colour #777777 on the background #ffffff has a contrast ratio of 4.47:1; "
                        + "text needs at least 4.5:1 (WCAG AA)"));
    }

    @Test
    void anAccentIsCheckedAgainstTheBackgroundThePageWillHave() {
        Problem onWhite = catchThrowableOfType(Problem.class,
                () -> BrandingLooks.check(new BrandingDraft("#ffcc00", null, null, null, null)));
        assertThat(onWhite.fields()).extracting(SettingError::name).containsExactly("accent");
        assertThat(onWhite.fields().get(0).message()).contains("#ffcc00", "#ffffff", "1.51:1");

        assertThat(BrandingLooks.check(new BrandingDraft("#ffcc00", "#101018", "#f0f0f0", null, null)).accent())
                .isEqualTo("#ffcc00");
    }

    @Test
    void aDarkBackgroundNeedsALightText() {
        Problem problem = catchThrowableOfType(Problem.class,
                () -> BrandingLooks.check(new BrandingDraft(null, "#000000", null, null, null)));
        assertThat(problem.fields()).extracting(SettingError::name).containsExactly("text");
    }

    @Test
    void somethingThatIsNotAColourIsRefusedOnItsField() {
        Problem problem = catchThrowableOfType(Problem.class,
                () -> BrandingLooks.check(new BrandingDraft("blue", "#fff", "url(x)", null, null)));
        assertThat(problem.fields()).extracting(SettingError::name).containsExactly("accent", "text");
        assertThat(problem.fields().get(0).message()).isEqualTo("'blue' is not a colour; write it as #rrggbb, e.g. #5b3df5");
    }

    @Test
    void ratiosAreRoundedDownSoARefusalNeverShows4Point50() {
        assertThat(BrandingLooks.roundedDown(4.4999)).isEqualTo("4.49");
    }
}
