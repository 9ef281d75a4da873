package dev.marquee.platform.interfaces.rest.security;

import dev.marquee.platform.application.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, set by {@link SessionFilter}; anonymous until then. */
@RequestScoped
public class CurrentCaller {

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    void set(Caller value) {
        this.caller = value;
    }
}
