/**
 * The media provider extension point: what plays on a stage (an RTMP ingest, a Vimeo video, a
 * Twilio Video room). See {@link dev.marquee.platform.spi.media.MediaProvider}.
 *
 * @since 0.1.0
 */
package dev.marquee.platform.spi.media;
