package dev.marquee.platform.application.attendee;

import dev.marquee.platform.domain.model.attendee.Attendee;
import dev.marquee.platform.spi.auth.AccessCodeCheck;
import dev.marquee.platform.spi.auth.AccessCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Core's {@link AccessCodes}: {@link AccessCodeService#check}, with the attendee told as the plugin API tells it. */
@ApplicationScoped
public class DefaultAccessCodes implements AccessCodes {

    @Inject
    AccessCodeService codes;

    /** One transaction with the check, so the attendee and their event are read while it is open. */
    @Override
    @Transactional
    public AccessCodeCheck check(String typed) {
        CodeCheck check = codes.check(typed);
        if (check instanceof CodeCheck.Valid valid) {
            Attendee a = valid.attendee();
            return new AccessCodeCheck.Valid(a.subject(), a.displayName(), a.email(), a.event().id());
        }
        if (check instanceof CodeCheck.Replaced) {
            return new AccessCodeCheck.Replaced();
        }
        if (check instanceof CodeCheck.Expired) {
            return new AccessCodeCheck.Expired();
        }
        if (check instanceof CodeCheck.Revoked) {
            return new AccessCodeCheck.Revoked();
        }
        return new AccessCodeCheck.Unknown();
    }
}
