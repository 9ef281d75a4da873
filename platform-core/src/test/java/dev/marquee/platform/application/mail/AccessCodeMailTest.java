package dev.marquee.platform.application.mail;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodeMailTest {

    private static AccessCodeMail mail(String publicUrl) {
        AccessCodeMail mail = new AccessCodeMail();
        mail.publicUrl = publicUrl;
        return mail;
    }

    private static Attendee attendeeOf(String slug) {
        Event event = new Event(slug, "Dev Days", null, ZoneId.of("UTC"), EventAccess.TICKETED, Instant.EPOCH);
        return new Attendee(event, "ada@example.org", "Ada", "Lovelace", Instant.EPOCH);
    }

    @Test
    void theLinkFillsTheCodeInAndLeadsToTheEventPage() {
        MailDraft draft = mail("https://live.example.org/").compose(attendeeOf("devdays"), "K7QXM-4HTRB-9CWPE");
        String link = "https://live.example.org/login?next=%2Fe%2Fdevdays#code=K7QXM-4HTRB-9CWPE";
        assertThat(draft.text()).contains(link);
        assertThat(draft.html()).contains("href=\"" + link + "\"");
        assertThat(draft.to()).isEqualTo("ada@example.org");
    }

    @Test
    void theCodeStaysInTheFragmentWhereNoServerSeesIt() {
        String link = mail("http://localhost:8080").signInLink(attendeeOf("dev-days-2026"), "AAAAA-BBBBB-CCCCC");
        assertThat(link.substring(0, link.indexOf('#'))).doesNotContain("AAAAA");
        assertThat(link).startsWith("http://localhost:8080/login?next=%2Fe%2Fdev-days-2026#");
    }
}
