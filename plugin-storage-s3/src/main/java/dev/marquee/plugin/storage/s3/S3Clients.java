package dev.marquee.plugin.storage.s3;

import dev.marquee.platform.spi.outbound.OutboundHttp;
import dev.marquee.plugin.storage.s3.http.OutboundSdkHttpClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.time.Duration;

/**
 * Builds the S3 client from the settings: its HTTP through core's {@link OutboundHttp}, the region and
 * endpoint given, the access key given or else the SDK's default credentials (environment, profile,
 * container or instance role, looked up at the first request). Building sends nothing.
 */
final class S3Clients {

    /** The longest wait at each step of a request: connecting, the response head, each read. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The largest object written or read: far beyond a media segment, it stops a runaway body. */
    static final long MAX_OBJECT_BYTES = 64L << 20;

    private S3Clients() {
    }

    static S3Client build(S3Settings settings, OutboundHttp http) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(new OutboundSdkHttpClient(http, TIMEOUT, MAX_OBJECT_BYTES, MAX_OBJECT_BYTES))
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials(settings))
                // Checksums only where S3 requires them (DeleteObjects), in headers: S3-compatible servers
                // differ in what else they accept, and TLS (or the signed payload) already guards the bytes.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(s3 -> s3.chunkedEncodingEnabled(false).expectContinueEnabled(false));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        return settings.credentials()
                .<AwsCredentialsProvider>map(pair -> StaticCredentialsProvider.create(AwsBasicCredentials.create(pair[0],
                        pair[1])))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }
}
