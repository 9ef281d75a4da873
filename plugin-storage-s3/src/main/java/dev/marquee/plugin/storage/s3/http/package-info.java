/**
 * The AWS SDK's HTTP client SPI over core's guarded {@link dev.marquee.platform.spi.outbound.OutboundHttp}:
 * every request the S3 client makes is sent by Marquee's one outbound client, with its destination
 * checks (internal addresses refused unless allowed with {@code marquee.outbound.allow}), redirects,
 * time limits and no proxy; responses are read up to a size limit. None of the SDK's own HTTP clients is
 * on the class path.
 */
package dev.marquee.plugin.storage.s3.http;
