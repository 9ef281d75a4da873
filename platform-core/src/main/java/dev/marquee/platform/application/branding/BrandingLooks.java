package dev.marquee.platform.application.branding;

import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.spi.settings.SettingError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link BrandingDraft} checked: colours normalised to {@code #rrggbb}, blank texts taken as absent,
 * and every colour readable on the page's background with a contrast of at least 4.5:1 (WCAG AA for
 * text). Without a background the pages use white, without a text colour near-black: the check is
 * made against what the page will really show.
 */
public record BrandingLooks(String accent, String background, String text, String logoAlt, String about) {

    /** WCAG 2 AA for normal text. */
    public static final double MIN_CONTRAST = 4.5;
    static final HexColor DEFAULT_BACKGROUND = HexColor.parse("#ffffff");
    static final HexColor DEFAULT_TEXT = HexColor.parse("#16161d");

    /** The checked looks, or a {@link Problem} naming each refused field and why. */
    public static BrandingLooks check(BrandingDraft draft) {
        List<SettingError> errors = new ArrayList<>();
        HexColor accent = color("accent", draft.accent(), errors);
        HexColor background = color("background", draft.background(), errors);
        HexColor text = color("text", draft.text(), errors);
        if (errors.isEmpty()) {
            HexColor page = background != null ? background : DEFAULT_BACKGROUND;
            if (text != null || background != null) {
                contrast("text", "The text colour", text != null ? text : DEFAULT_TEXT, page, errors);
            }
            if (accent != null) {
                contrast("accent", "The accent", accent, page, errors);
            }
        }
        String about = blankToNull(draft.about() == null ? null : draft.about().replace("\r\n", "\n"));
        if (about != null && about.length() > 4000) {
            errors.add(new SettingError("about", "The about text is " + about.length() + " characters; at most 4000"));
        }
        String logoAlt = blankToNull(draft.logoAlt());
        if (logoAlt != null && logoAlt.length() > 200) {
            errors.add(new SettingError("logoAlt", "The alt text is " + logoAlt.length() + " characters; at most 200"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalidSettings("The branding was not saved: " + errors.get(0).message(), errors);
        }
        return new BrandingLooks(hex(accent), hex(background), hex(text), logoAlt, about);
    }

    private static HexColor color(String field, String value, List<SettingError> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        HexColor color = HexColor.parse(value);
        if (color == null) {
            errors.add(new SettingError(field, "'" + value.strip() + "' is not a colour; write it as #rrggbb, e.g. #5b3df5"));
        }
        return color;
    }

    private static void contrast(String field, String what, HexColor color, HexColor page, List<SettingError> errors) {
        double ratio = color.contrastWith(page);
        if (ratio < MIN_CONTRAST) {
            errors.add(new SettingError(field, String.format(Locale.ROOT,
                    "%s %s on the background %s has a contrast ratio of %s:1; text needs at least 4.5:1 (WCAG AA)",
                    what, color.hex(), page.hex(), roundedDown(ratio))));
        }
    }

    /** 4.4999 shows as 4.49, never as a refused 4.50. */
    static String roundedDown(double ratio) {
        return String.format(Locale.ROOT, "%.2f", Math.floor(ratio * 100) / 100);
    }

    private static String hex(HexColor color) {
        return color == null ? null : color.hex();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
