/**
 * The {@code s3} recording store ({@link dev.marquee.plugin.storage.s3.S3RecordingStore}): recordings
 * as objects in a bucket of Amazon S3 or an S3-compatible server, written and read with the AWS SDK for
 * Java, whose HTTP goes through core's guarded outbound client ({@code http}). Its settings are
 * {@code marquee.recordings.s3.*} ({@link dev.marquee.plugin.storage.s3.S3Settings}).
 */
package dev.marquee.plugin.storage.s3;
