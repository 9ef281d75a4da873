package dev.marquee.platform.spi.stage;

import dev.marquee.platform.spi.auth.CallerView;

import java.util.Objects;

/**
 * Whom {@link SocketAdmission} let onto a stage: the {@link StageVisitor} (stage, event, subject, opaque
 * person id, name, whether they lead the stage, whether a guest), the caller behind it (roles and team
 * grants for the role a plugin shows beside the name, and the session a plugin watches with
 * {@link dev.marquee.platform.spi.auth.SessionGuard}; a guest's has none), and whether they are a
 * nameless guest who may watch but not send ({@code watcher}). Immutable; any thread.
 *
 * @since 0.1.0
 */
public record SocketVisitor(StageVisitor visitor, CallerView caller, boolean watcher) {

    public SocketVisitor {
        Objects.requireNonNull(visitor);
        Objects.requireNonNull(caller);
    }
}
