package dev.marquee.plugin.rtmp.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class HeldRequestTest {

    /** What Marquee did to the container's context (dispatch, complete, writes), and the listener it registered. */
    private static final class Container {
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile AsyncListener listener;
        volatile long timeout = -1;
        final AsyncContext context = (AsyncContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AsyncContext.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "addListener" -> listener = (AsyncListener) args[0];
                        case "setTimeout" -> timeout = (Long) args[0];
                        case "getResponse" -> {
                            return response();
                        }
                        case "getRequest" -> {
                            return null;
                        }
                        default -> calls.add(method.getName());
                    }
                    return null;
                });
        final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("startAsync")) {
                        return context;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        private HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        calls.add("response." + method.getName());
                        return null;
                    });
        }

        /** The container finishes the request on its own, as when the player went away. */
        void finishes() throws java.io.IOException {
            listener.onComplete(new AsyncEvent(context));
        }
    }

    @Test
    void holdsWithTheTimeoutAndListensToTheContainer() {
        Container container = new Container();
        HeldRequest held = HeldRequest.hold(container.request, 15_000);
        assertThat(container.timeout).isEqualTo(15_000);
        assertThat(container.listener).isSameAs(held);
        assertThat(held.finished()).isFalse();
    }

    @Test
    void dispatchesOnce() {
        Container container = new Container();
        HeldRequest held = HeldRequest.hold(container.request, 0);
        assertThat(held.dispatch()).isTrue();
        assertThat(held.dispatch()).isFalse();
        held.complete();
        assertThat(held.answer(r -> r.setStatus(200))).isFalse();
        assertThat(container.calls).containsExactly("dispatch");
    }

    @Test
    void touchesNothingAfterTheContainerFinishedTheRequest() throws Exception {
        Container container = new Container();
        HeldRequest held = HeldRequest.hold(container.request, 0);
        container.finishes();
        assertThat(held.finished()).isTrue();
        assertThat(held.dispatch()).isFalse();
        assertThat(held.answer(r -> r.setStatus(200))).isFalse();
        held.complete();
        assertThat(container.calls).as("a recycled request may serve another player by now").isEmpty();
    }

    @Test
    void answersThenCompletes() {
        Container container = new Container();
        HeldRequest held = HeldRequest.hold(container.request, 0);
        assertThat(held.answer(r -> r.setStatus(204))).isTrue();
        assertThat(container.calls).containsExactly("response.setStatus", "complete");
    }

    @Test
    void completesAFailedOrTimedOutRequestInsideTheCallbackOnly() throws Exception {
        Container failed = new Container();
        HeldRequest held = HeldRequest.hold(failed.request, 0);
        failed.listener.onError(new AsyncEvent(failed.context, new java.io.IOException("reset")));
        failed.finishes();
        assertThat(held.dispatch()).isFalse();
        assertThat(failed.calls).containsExactly("complete");

        Container late = new Container();
        HeldRequest waited = HeldRequest.hold(late.request, 1);
        late.listener.onTimeout(new AsyncEvent(late.context));
        assertThat(waited.answer(r -> r.setStatus(200))).isFalse();
        assertThat(late.calls).containsExactly("complete");
    }

    @Test
    void eitherMarqueeOrTheContainerFinishesNeverBoth() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 2_000; round++) {
                Container container = new Container();
                HeldRequest held = HeldRequest.hold(container.request, 0);
                CountDownLatch go = new CountDownLatch(1);
                var marquee = threads.submit(() -> {
                    go.await();
                    return held.dispatch();
                });
                var payara = threads.submit(() -> {
                    go.await();
                    container.listener.onError(new AsyncEvent(container.context));
                    return null;
                });
                go.countDown();
                marquee.get(5, TimeUnit.SECONDS);
                payara.get(5, TimeUnit.SECONDS);
                assertThat(container.calls).as("round " + round).hasSize(1).containsAnyOf("dispatch", "complete");
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
