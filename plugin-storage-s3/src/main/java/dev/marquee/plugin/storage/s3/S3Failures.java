package dev.marquee.plugin.storage.s3;

import dev.marquee.platform.spi.outbound.OutboundException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Words the SDK's failures for the people who read a failed recording's error: which setting to look at,
 * never a secret and never the text of a server's error message (only its status and, when it is a
 * plain word, its error code).
 */
final class S3Failures {

    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9.]{0,63}");

    private final S3Settings settings;

    S3Failures(S3Settings settings) {
        this.settings = settings;
    }

    /** @param what the action, for the message: "write 42/17.m4s" */
    IOException of(String what, SdkException e) {
        OutboundException outbound = find(e, OutboundException.class);
        if (outbound != null) {
            return new IOException("Cannot " + what + ": recording storage at " + settings.where()
                    + " cannot be reached: " + outbound.getMessage(), e);
        }
        if (e instanceof AwsServiceException service) {
            return new IOException(service(what, service), e);
        }
        return new IOException("Cannot " + what + " in recording storage at " + settings.where() + ": "
                + e.getMessage(), e);
    }

    private String service(String what, AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String where = settings.where();
        String bucket = "'" + settings.bucket() + "'";
        String start = "Cannot " + what + ": ";
        if ("NoSuchBucket".equals(code)) {
            return start + "the bucket " + bucket + " does not exist at " + where + " (" + S3Settings.BUCKET + ")";
        }
        if ("InvalidAccessKeyId".equals(code)) {
            return start + where + " does not know the access key id (" + S3Settings.ACCESS_KEY_ID + ")";
        }
        if ("SignatureDoesNotMatch".equals(code)) {
            return start + where + " refused the signature: check the secret access key ("
                    + S3Settings.SECRET_ACCESS_KEY + ")";
        }
        if (e.statusCode() == 403) {
            return start + where + " denied access to the bucket " + bucket + " (HTTP 403" + codeText(code)
                    + "): check the credentials and what they may do";
        }
        if (e.statusCode() == 301 || "PermanentRedirect".equals(code) || "AuthorizationHeaderMalformed".equals(code)) {
            return start + "the bucket " + bucket + " is not in the region " + settings.region() + " ("
                    + S3Settings.REGION + ")";
        }
        return start + where + " answered HTTP " + e.statusCode() + codeText(code);
    }

    private static String codeText(String code) {
        return code != null && CODE.matcher(code).matches() ? " " + code : "";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
