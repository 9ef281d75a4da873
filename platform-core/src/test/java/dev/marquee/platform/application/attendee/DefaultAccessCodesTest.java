package dev.marquee.platform.application.attendee;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.domain.model.event.Event;
import dev.marquee.platform.domain.model.event.EventAccess;
import dev.marquee.platform.spi.auth.AccessCodeCheck;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultAccessCodesTest {

    /** Core's access codes with {@link AccessCodeService} answering every code with {@code check}. */
    private static DefaultAccessCodes answering(CodeCheck check) {
        DefaultAccessCodes codes = new DefaultAccessCodes();
        codes.codes = new AccessCodeService() {
            @Override
            public CodeCheck check(String typed) {
                assertThat(typed).isEqualTo("aaaaa-bbbbb-ccccc");
                return check;
            }
        };
        return codes;
    }

    private static void setId(Class<?> type, Object entity, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aValidCodeTellsWhoTheAttendeeIsWithoutTheEntity() {
        Event event = new Event("devdays", "Dev Days", null, ZoneId.of("UTC"), EventAccess.TICKETED, Instant.EPOCH);
        setId(Event.class, event, 7);
        Attendee attendee = new Attendee(event, "ada@example.org", "Ada", "Lovelace", Instant.EPOCH);
        setId(Attendee.class, attendee, 40);

        assertThat(answering(new CodeCheck.Valid(attendee)).check("aaaaa-bbbbb-ccccc")).isEqualTo(
                new AccessCodeCheck.Valid("attendee:40", attendee.displayName(), "ada@example.org", 7));
    }

    @Test
    void eachRefusalKeepsItsKind() {
        assertThat(answering(new CodeCheck.Unknown()).check("aaaaa-bbbbb-ccccc")).isInstanceOf(AccessCodeCheck.Unknown.class);
        assertThat(answering(new CodeCheck.Replaced()).check("aaaaa-bbbbb-ccccc")).isInstanceOf(AccessCodeCheck.Replaced.class);
        assertThat(answering(new CodeCheck.Expired()).check("aaaaa-bbbbb-ccccc")).isInstanceOf(AccessCodeCheck.Expired.class);
        assertThat(answering(new CodeCheck.Revoked()).check("aaaaa-bbbbb-ccccc")).isInstanceOf(AccessCodeCheck.Revoked.class);
    }
}
