package dev.marquee.platform.interfaces.pages;

import dev.marquee.platform.spi.web.RouteAccess;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluginPageSignInTest {

    @Test
    void anAttendeeSignsInWithACodeAndComesBack() {
        assertThat(PluginPageServlet.signInAddress("", RouteAccess.SIGNED_IN, "/p/notes/board", "from=mail"))
                .isEqualTo("/login?next=%2Fp%2Fnotes%2Fboard%3Ffrom%3Dmail");
    }

    @Test
    void anOrganizerSignsInOnTheConsoleAndComesBack() {
        assertThat(PluginPageServlet.signInAddress("/marquee", RouteAccess.ORGANIZER, "/marquee/p/notes/stages/7", null))
                .isEqualTo("/marquee/admin?next=%2Fmarquee%2Fp%2Fnotes%2Fstages%2F7");
    }
}
