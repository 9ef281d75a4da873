package dev.marquee.platform.application.access;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.application.signin.SignInService;
import dev.marquee.platform.spi.stage.GuestPass;
import dev.marquee.platform.spi.stage.SocketAdmission;
import dev.marquee.platform.spi.stage.SocketVisitor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Core's {@link SocketAdmission}: the session token's caller from {@link SignInService#resolve} (nobody
 * when it names no live session), admitted by {@link StageAdmission} as the REST API admits callers.
 */
@ApplicationScoped
public class DefaultSocketAdmission implements SocketAdmission {

    @Inject
    SignInService signIns;

    @Inject
    StageAdmission admission;

    @Inject
    PersonIds ids;

    @Override
    public SocketVisitor admit(long stageId, String sessionToken, GuestPass guest) {
        Caller caller = sessionToken == null ? Caller.ANONYMOUS
                : signIns.resolve(sessionToken).map(SignInService.ResolvedSession::caller).orElse(Caller.ANONYMOUS);
        StageAdmission.Admitted admitted = admission.admit(caller, stageId, guest);
        return new SocketVisitor(admitted.asVisitor(ids), admitted.who().asView(), admitted.watcher());
    }
}
