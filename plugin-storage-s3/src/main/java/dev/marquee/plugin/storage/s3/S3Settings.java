package dev.marquee.plugin.storage.s3;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The S3 store's configuration (docs/operations.md, "Recordings storage"), read once: MicroProfile
 * Config keys {@code marquee.recordings.s3.*}, or the environment variables they map to
 * ({@code MARQUEE_RECORDINGS_S3_BUCKET}, ...). Every value is read as text and checked here, so a typo
 * makes the plugin unconfigured (with a hint) instead of failing the deployment. {@link #toString()}
 * never shows the secret access key.
 */
@ApplicationScoped
public class S3Settings {

    public static final String STORE = "marquee.recordings.store";
    public static final String ENDPOINT = "marquee.recordings.s3.endpoint";
    public static final String BUCKET = "marquee.recordings.s3.bucket";
    public static final String REGION = "marquee.recordings.s3.region";
    public static final String PATH_STYLE = "marquee.recordings.s3.path-style";
    public static final String PREFIX = "marquee.recordings.s3.prefix";
    public static final String ACCESS_KEY_ID = "marquee.recordings.s3.access-key-id";
    public static final String SECRET_ACCESS_KEY = "marquee.recordings.s3.secret-access-key";

    static final String DEFAULT_REGION = "us-east-1";

    private static final Pattern BUCKET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,254}");
    private static final Pattern REGION_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern KEY_PREFIX = Pattern.compile("[A-Za-z0-9._/-]{1,512}");

    @Inject
    @ConfigProperty(name = STORE, defaultValue = "directory")
    String store;

    @Inject
    @ConfigProperty(name = ENDPOINT)
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = BUCKET)
    Optional<String> bucket;

    @Inject
    @ConfigProperty(name = REGION)
    Optional<String> region;

    @Inject
    @ConfigProperty(name = PATH_STYLE)
    Optional<String> pathStyle;

    @Inject
    @ConfigProperty(name = PREFIX)
    Optional<String> prefix;

    @Inject
    @ConfigProperty(name = ACCESS_KEY_ID)
    Optional<String> accessKeyId;

    @Inject
    @ConfigProperty(name = SECRET_ACCESS_KEY)
    Optional<String> secretAccessKey;

    /** For CDI. */
    public S3Settings() {
    }

    /** Settings given directly by their keys (tests); a key left out is not set. */
    public static S3Settings of(Map<String, String> values) {
        S3Settings settings = new S3Settings();
        settings.store = values.getOrDefault(STORE, "directory");
        settings.endpoint = Optional.ofNullable(values.get(ENDPOINT));
        settings.bucket = Optional.ofNullable(values.get(BUCKET));
        settings.region = Optional.ofNullable(values.get(REGION));
        settings.pathStyle = Optional.ofNullable(values.get(PATH_STYLE));
        settings.prefix = Optional.ofNullable(values.get(PREFIX));
        settings.accessKeyId = Optional.ofNullable(values.get(ACCESS_KEY_ID));
        settings.secretAccessKey = Optional.ofNullable(values.get(SECRET_ACCESS_KEY));
        return settings;
    }

    /** Whether the operator picked this store ({@code marquee.recordings.store=s3}). */
    public boolean selected() {
        return S3RecordingStore.ID.equals(store == null ? "" : store.strip().toLowerCase(Locale.ROOT));
    }

    /** What is missing or wrong, one sentence each, naming the key and its environment variable; empty when usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Optional<String> name = value(bucket);
        if (name.isEmpty()) {
            problems.add("set " + named(BUCKET));
        } else if (!BUCKET_NAME.matcher(name.get()).matches()) {
            problems.add(named(BUCKET) + " is not a bucket name (letters, digits, '.', '-', '_')");
        }
        value(endpoint).ifPresent(text -> endpointProblem(text).ifPresent(problems::add));
        if (!REGION_NAME.matcher(region()).matches()) {
            problems.add(named(REGION) + " is not a region name (such as us-east-1)");
        }
        value(pathStyle).filter(v -> !v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false"))
                .ifPresent(v -> problems.add(named(PATH_STYLE) + " must be true or false"));
        value(prefix).filter(v -> !KEY_PREFIX.matcher(v).matches() || v.contains(".."))
                .ifPresent(v -> problems.add(named(PREFIX) + " may hold only letters, digits, '.', '-', '_' and '/' "
                        + "(and no '..')"));
        if (value(accessKeyId).isPresent() != value(secretAccessKey).isPresent()) {
            problems.add("set both " + named(ACCESS_KEY_ID) + " and " + named(SECRET_ACCESS_KEY)
                    + ", or neither (to use the default credentials of the environment)");
        }
        return problems;
    }

    public boolean configured() {
        return problems().isEmpty();
    }

    /** The sentence shown while the store is not configured; empty when it is. */
    public String hint() {
        List<String> problems = problems();
        return problems.isEmpty() ? "" : "S3 recording storage (" + STORE + "=s3): " + String.join("; ", problems);
    }

    /** The S3-compatible server, or empty for Amazon S3 itself (found from the region). */
    public Optional<URI> endpoint() {
        return value(endpoint).filter(text -> endpointProblem(text).isEmpty()).map(URI::create);
    }

    public String bucket() {
        return value(bucket).orElse("");
    }

    public String region() {
        return value(region).orElse(DEFAULT_REGION).toLowerCase(Locale.ROOT);
    }

    /** Whether the bucket is named in the path ({@code host/bucket/key}) rather than in the host name. */
    public boolean pathStyle() {
        return value(pathStyle).map(v -> v.equalsIgnoreCase("true")).orElse(false);
    }

    /** The key prefix every object gets: empty, or ending with one {@code /} and starting with none. */
    public String keyPrefix() {
        String p = value(prefix).orElse("").replaceAll("^/+", "").replaceAll("/+$", "");
        return p.isEmpty() ? "" : p + "/";
    }

    /** The access key id and secret, when both are given; empty means the SDK's default credentials. */
    Optional<String[]> credentials() {
        if (value(accessKeyId).isEmpty() || value(secretAccessKey).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {value(accessKeyId).get(), value(secretAccessKey).get()});
    }

    /** Where the store is, in words for messages: the endpoint's host, or Amazon S3's region. */
    public String where() {
        return endpoint().map(URI::getHost).orElse("Amazon S3 (" + region() + ")");
    }

    private static Optional<String> endpointProblem(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            return Optional.of(named(ENDPOINT) + " is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean plain = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || !plain || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(named(ENDPOINT) + " must be an http or https URL with a host and nothing after it "
                    + "(such as https://minio.example:9000)");
        }
        return Optional.empty();
    }

    private static String named(String key) {
        return key + " (" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') + ")";
    }

    private static Optional<String> value(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "S3Settings[selected=" + selected() + ", endpoint=" + endpoint().map(URI::toString).orElse("AWS")
                + ", bucket=" + bucket() + ", region=" + region() + ", pathStyle=" + pathStyle() + ", prefix="
                + keyPrefix() + ", credentials=" + (credentials().isPresent() ? "given" : "default chain")
                + "]";
    }
}
