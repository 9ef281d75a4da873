package dev.marquee.platform.domain.model.attendee;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewAdmissionsTest {

    private final NewAdmissions admissions = new NewAdmissions(3, Instant.EPOCH, new long[] {11, 12});

    @Test
    void aNewAttendeeIsStoredAsTheEntityWouldStoreThem() {
        NewAdmissions.NewAttendee ada = admissions.admit(" Ada@Example.ORG", " Ada ", "Lovelace", false);
        assertThat(ada.id()).isEqualTo(11);
        assertThat(ada.email()).isEqualTo("ada@example.org");
        assertThat(ada.displayName()).isEqualTo("Ada Lovelace");
        assertThat(ada.status()).isEqualTo(AttendeeStatus.ACTIVE);
        assertThat(admissions.attendee("ada@example.org")).isEqualTo(ada);
        assertThat(admissions.admit("nameless@example.org", null, "", true).displayName()).isEqualTo("nameless");
    }

    @Test
    void anAttendeeCreatedRevokedIsReinstatedInPlace() {
        admissions.admit("bob@example.org", "Bob", null, true);
        NewAdmissions.NewAttendee reinstated = admissions.reinstate("bob@example.org");
        assertThat(reinstated.status()).isEqualTo(AttendeeStatus.ACTIVE);
        assertThat(admissions.attendees()).containsExactly(reinstated);
    }

    @Test
    void moreAttendeesThanReservedIdsIsABug() {
        admissions.admit("a@example.org", null, null, false);
        admissions.admit("b@example.org", null, null, false);
        assertThatThrownBy(() -> admissions.admit("c@example.org", null, null, false))
                .isInstanceOf(IllegalStateException.class);
    }
}
