package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.branding.Branding;
import dev.marquee.platform.domain.model.branding.BrandingImageKind;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodeMailTest {

    private static final String LOGO_HASH = "ab".repeat(32);

    private final AccessCodeMail mail = new AccessCodeMail();

    AccessCodeMailTest() {
        mail.publicUrl = "https://live.example.org/";
    }

    private static Event event(String title) {
        Event event = new Event("devdays", title, null, ZoneId.of("Europe/Berlin"), EventAccess.TICKETED, Instant.EPOCH);
        try {
            Field id = Event.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(event, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return event;
    }

    private static Attendee attendee(Event event) {
        return new Attendee(event, "ada@example.org", "Ada", "Lovelace", Instant.EPOCH);
    }

    @Test
    void theTextPartCarriesTheCodeAndALinkThatFillsItIn() {
        MailDraft draft = mail.compose(attendee(event("DevDays")), "K7QP-2MXR");
        assertThat(draft.to()).isEqualTo("ada@example.org");
        assertThat(draft.subject()).isEqualTo("Your access code for DevDays");
        assertThat(draft.text()).contains("    K7QP-2MXR", "DevDays");
        assertThat(draft.text()).doesNotContain("<");
    }

    @Test
    void withoutBrandingTheHtmlPartUsesMarqueesLookAndNoLogo() {
        MailDraft draft = mail.compose(attendee(event("DevDays")), "K7QP-2MXR");
        assertThat(draft.html()).contains("background:#5b3df5", "<h1", ">DevDays</h1>", "K7QP-2MXR")
                .doesNotContain("<img");
    }

    @Test
    void theHtmlPartCarriesTheEventsAccentLogoAndColours() {
        Event event = event("DevDays");
        event.brand(new Branding("#0b5fff", "#fdfdf8", "#202020", "DevDays: a blue gear", null, LOGO_HASH, null),
                Instant.EPOCH);
        MailDraft draft = mail.compose(attendee(event), "K7QP-2MXR");
        assertThat(draft.html())
                .contains("<img src=\"https://live.example.org/api/v1/events/7/branding/logo/" + LOGO_HASH + "\"")
                .contains("alt=\"DevDays: a blue gear\"")
                .contains("border-top:6px solid #0b5fff", "background:#0b5fff;color:#ffffff")
                .contains("background:#fdfdf8;color:#202020");
        assertThat(draft.text()).doesNotContain("#0b5fff");
    }

    @Test
    void aLogoWithoutAltTextIsDescribedByTheEventsName() {
        Event event = event("DevDays");
        event.brand(Branding.NONE.withImage(BrandingImageKind.LOGO, LOGO_HASH), Instant.EPOCH);
        assertThat(mail.compose(attendee(event), "K7QP-2MXR").html()).contains("alt=\"DevDays\"");
    }

    @Test
    void namesAndAltTextsAreEscaped() {
        Event event = event("<b>Dev</b> & \"Days\"");
        event.brand(new Branding(null, null, null, "\"><script>x</script>", null, LOGO_HASH, null), Instant.EPOCH);
        String html = mail.compose(attendee(event), "K7QP-2MXR").html();
        assertThat(html).contains("&lt;b&gt;Dev&lt;/b&gt; &amp; &quot;Days&quot;", "alt=\"&quot;&gt;&lt;script&gt;")
                .doesNotContain("<script>", "<b>Dev");
    }

    @Test
    void thePreviewShowsTheGivenBrandingForASampleAttendee() {
        Event event = event("DevDays");
        MailDraft preview = mail.preview(event, new Branding("#8a2be2", null, null, null, null, null, null));
        assertThat(preview.attendeeId()).isNull();
        assertThat(preview.html()).contains("#8a2be2", AccessCodeMail.SAMPLE_NAME, AccessCodeMail.SAMPLE_CODE);
    }

    @Test
    void theLinkFillsTheCodeInAndLeadsToTheEventPage() {
        MailDraft draft = mail.compose(attendee(event("DevDays")), "K7QXM-4HTRB-9CWPE");
        String link = "https://live.example.org/login?next=%2Fe%2Fdevdays#code=K7QXM-4HTRB-9CWPE";
        assertThat(draft.text()).contains(link);
        assertThat(draft.html()).contains("href=\"" + link + "\"");
    }

    @Test
    void theCodeStaysInTheFragmentWhereNoServerSeesIt() {
        String link = mail.signInLink(attendee(event("DevDays")), "AAAAA-BBBBB-CCCCC");
        assertThat(link.substring(0, link.indexOf('#'))).doesNotContain("AAAAA");
        assertThat(link).startsWith("https://live.example.org/login?next=%2Fe%2Fdevdays#");
    }
}
