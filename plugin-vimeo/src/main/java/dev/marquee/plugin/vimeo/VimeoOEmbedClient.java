package dev.marquee.plugin.vimeo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks Vimeo's oEmbed endpoint ({@code GET <endpoint>?url=<page>}) about a video or live event. Every
 * answer arrives within the timeout and never as an exception: a reply other than 200 (404: no such
 * video, a private one, or an unlisted link without its hash; 403: embedding not allowed here), a
 * timeout or an unreachable Vimeo all give an empty result. Requests start on the client's own two
 * threads, never the caller's (resolving Vimeo's address may block). The {@code Referer} is Marquee's
 * public address, which Vimeo needs to describe a video whose embedding is limited to chosen domains.
 */
final class VimeoOEmbedClient implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VimeoOEmbedClient.class.getName());
    private static final int MAX_TEXT = 300;
    private static final Map<Integer, String> MEANING = Map.of(
            404, " (no such video, a private one, or an unlisted link without its hash)",
            403, " (embedding is not allowed on this site)");

    private final URI endpoint;
    private final Duration timeout;
    private final String referer;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "vimeo-oembed");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http;

    VimeoOEmbedClient(URI endpoint, Duration timeout, String referer) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.referer = isAddress(referer, "https", "http") ? referer : null;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).executor(threads)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** What the endpoint says of the source; completes within the timeout, empty on any failure. */
    CompletableFuture<Optional<VimeoOEmbed>> fetch(VimeoSource source) {
        try {
            HttpRequest request = request(source);
            return CompletableFuture.supplyAsync(() -> http.sendAsync(request, info -> info.statusCode() == 200
                            ? HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8)
                            : HttpResponse.BodySubscribers.replacing((String) null)), threads)
                    .thenCompose(Function.identity())
                    .thenApply(response -> read(source, response))
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .exceptionally(failure -> failed(source, failure));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failed(source, e));
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private HttpRequest request(VimeoSource source) {
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        String page = URLEncoder.encode(source.pageUrl(), StandardCharsets.UTF_8);
        URI uri = URI.create(endpoint + separator + "url=" + page);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/json").GET();
        if (referer != null) {
            request.header("Referer", referer);
        }
        return request.build();
    }

    private static Optional<VimeoOEmbed> read(VimeoSource source, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status != 200) {
            LOG.info(() -> "Vimeo oEmbed has no details of " + source.describe() + ": HTTP " + status
                    + MEANING.getOrDefault(status, ""));
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject json = reader.readObject();
            String thumbnail = text(json, "thumbnail_url");
            return Optional.of(new VimeoOEmbed(text(json, "title"), isAddress(thumbnail, "https") ? thumbnail : null,
                    text(json, "author_name")));
        } catch (RuntimeException e) {
            return failed(source, e);
        }
    }

    private static Optional<VimeoOEmbed> failed(VimeoSource source, Throwable failure) {
        LOG.log(Level.INFO, "Vimeo oEmbed could not describe {0}: {1}", new Object[] {source.describe(), failure});
        return Optional.empty();
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            return null;
        }
        String text = string.getString().strip();
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    /** Whether the text is an absolute address with a host and one of the schemes. */
    private static boolean isAddress(String text, String... schemes) {
        if (text == null) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null && uri.getHost() != null && Arrays.stream(schemes).anyMatch(scheme::equalsIgnoreCase);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
