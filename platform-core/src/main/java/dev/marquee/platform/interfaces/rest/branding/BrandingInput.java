package dev.marquee.platform.interfaces.rest.branding;

import dev.marquee.platform.application.branding.BrandingDraft;
import jakarta.validation.constraints.Size;

/** An event's colours and texts as an organizer submits them; each may be left out. */
public class BrandingInput {

    @Size(max = 32)
    public String accent;

    @Size(max = 32)
    public String background;

    @Size(max = 32)
    public String text;

    @Size(max = 200)
    public String logoAlt;

    @Size(max = 4000)
    public String about;

    BrandingDraft toDraft() {
        return new BrandingDraft(accent, background, text, logoAlt, about);
    }
}
