package dev.marquee.platform.interfaces.rest.recording;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** Answers that carry signed addresses: never stored by caches. */
final class ReplayResponses {

    private ReplayResponses() {
    }

    static Response ok(Object body) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setPrivate(true);
        return Response.ok(body).cacheControl(noStore).build();
    }
}
