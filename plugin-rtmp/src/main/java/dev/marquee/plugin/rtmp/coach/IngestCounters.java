package dev.marquee.plugin.rtmp.coach;

import dev.marquee.plugin.rtmp.hls.AudioSpecificConfig;
import dev.marquee.plugin.rtmp.media.MediaPacket;

/**
 * Running totals of one incoming stream, updated for each audio and video packet on the publisher's
 * event loop: a few field updates, no allocation and no search per packet (an AAC decoder configuration,
 * a few per stream, is read when it comes). The coach's ticker copies them once a second with
 * {@link #snapshot}. Both take this object's lock, which the ticker holds for a copy only.
 *
 * <p>Timestamps are RTMP's decoding times in milliseconds (32 bits that wrap), compared by difference.
 * Per track: a step back, or forward by more than {@value #JUMP_MILLIS} ms, is a jump; a forward step
 * of more than 1.5 frames (at the announced frame rate) counts the frames missing in it as dropped.
 * Video frames whose presentation time ({@code dts + composition offset}) comes before an earlier
 * frame's are reordered: B-frames.
 */
final class IngestCounters {

    /** A timestamp step beyond this (or backwards) is a jump. */
    static final int JUMP_MILLIS = 1000;

    private static final int AVC = 7;
    private static final int HEVC = 12;
    private static final int AAC = 10;
    private static final int AUDIO_EX_HEADER = 9;
    private static final int COMMAND_FRAME = 5;
    private static final int KEY_FRAME = 1;
    private static final int[] LEGACY_RATES = {5512, 11025, 22050, 44100};

    private final long startedAt;

    private int videoCodec = CodecNames.NONE;
    private long videoFrames;
    private long videoBytes;
    private long lastVideoAt;
    private int lastVideoDts;
    private int gopStart;
    private boolean gopStartIsKey;
    private int lastGop = -1;
    private int maxPts;
    private long reordered;
    private double frameMillis;
    private long dropped;

    private int audioCodec = CodecNames.NONE;
    private int sampleRate;
    private int channels;
    private long audioFrames;
    private long audioBytes;
    private long lastAudioAt;
    private int lastAudioDts;

    private long jumps;
    private long lastJumpAt;
    private int lastJumpMillis;

    /** @param startedAt when the stream started (epoch milliseconds) */
    IngestCounters(long startedAt) {
        this.startedAt = startedAt;
    }

    /** The encoder's announced frame rate ({@code onMetaData framerate}), which drop counting uses; 0 when none. */
    synchronized void announcedFrameRate(double fps) {
        frameMillis = fps > 0 ? 1000 / fps : 0;
    }

    /** Counts one packet of the stream, received at {@code now} (epoch milliseconds). */
    synchronized void accept(MediaPacket packet, long now) {
        if (packet.kind() == MediaPacket.Kind.VIDEO) {
            video(packet.body(), packet.timestamp(), now);
        } else if (packet.kind() == MediaPacket.Kind.AUDIO) {
            audio(packet.body(), packet.timestamp(), now);
        }
    }

    private void video(byte[] b, int dts, long now) {
        if (b.length < 2) {
            return;
        }
        videoBytes += b.length;
        int frameType = (b[0] >> 4) & 0x07;
        if (frameType == COMMAND_FRAME) {
            return;
        }
        int composition = 0;
        if ((b[0] & 0x80) != 0) {
            if (b.length < 5) {
                return;
            }
            videoCodec = CodecNames.fourCc(b, 1);
            int packetType = b[0] & 0x0f;
            if (packetType == 1) {
                if (b.length < 8) {
                    return;
                }
                composition = si24(b, 5);
            } else if (packetType != 3) {
                return; // sequence start or end, metadata, multitrack
            }
        } else {
            videoCodec = b[0] & 0x0f;
            if (videoCodec == AVC || videoCodec == HEVC) {
                if (b[1] != 1 || b.length < 5) {
                    return; // decoder configuration, end of sequence
                }
                composition = si24(b, 2);
            }
        }
        frame(dts, composition, frameType == KEY_FRAME, now);
    }

    private void frame(int dts, int composition, boolean keyframe, long now) {
        int pts = dts + composition;
        if (videoFrames == 0) {
            restart(dts, pts, keyframe);
        } else {
            int step = dts - lastVideoDts;
            if (step < 0 || step > JUMP_MILLIS) {
                jump(step, now);
                restart(dts, pts, keyframe);
            } else {
                if (frameMillis > 0 && step > frameMillis * 1.5) {
                    dropped += Math.round(step / frameMillis) - 1;
                }
                if (pts - maxPts < 0) {
                    reordered++;
                } else {
                    maxPts = pts;
                }
                if (keyframe) {
                    if (gopStartIsKey) {
                        lastGop = dts - gopStart;
                    }
                    gopStart = dts;
                    gopStartIsKey = true;
                }
            }
        }
        lastVideoDts = dts;
        lastVideoAt = now;
        videoFrames++;
    }

    /** The timeline starts over (first frame, or after a jump): nothing measured across it. */
    private void restart(int dts, int pts, boolean keyframe) {
        maxPts = pts;
        gopStart = dts;
        gopStartIsKey = keyframe;
    }

    private void audio(byte[] b, int dts, long now) {
        if (b.length < 1) {
            return;
        }
        audioBytes += b.length;
        int format = (b[0] >> 4) & 0x0f;
        if (format == AUDIO_EX_HEADER) {
            if (b.length < 5) {
                return;
            }
            audioCodec = CodecNames.fourCc(b, 1);
            int packetType = b[0] & 0x0f;
            if (packetType == 0) {
                if (audioCodec == 0x6d703461) { // mp4a: an AudioSpecificConfig follows
                    configured(b, 5);
                }
                return;
            }
            if (packetType != 1) {
                return;
            }
        } else {
            audioCodec = format;
            if (format == AAC) {
                if (b.length < 2) {
                    return;
                }
                if (b[1] == 0) {
                    configured(b, 2);
                    return;
                }
            } else {
                sampleRate = LEGACY_RATES[(b[0] >> 2) & 0x03];
                channels = (b[0] & 0x01) + 1;
            }
        }
        if (audioFrames > 0) {
            int step = dts - lastAudioDts;
            if (step < 0 || step > JUMP_MILLIS) {
                jump(step, now);
            }
        }
        lastAudioDts = dts;
        lastAudioAt = now;
        audioFrames++;
    }

    /** An AudioSpecificConfig at {@code offset}: what listeners get (HE-AAC: the extension rate). */
    private void configured(byte[] b, int offset) {
        try {
            int[] format = AudioSpecificConfig.listenerFormat(b, offset);
            sampleRate = format[0];
            channels = format[1];
        } catch (IllegalArgumentException e) {
            sampleRate = 0; // truncated: unknown
            channels = 0;
        }
    }

    private void jump(int step, long now) {
        jumps++;
        lastJumpAt = now;
        lastJumpMillis = step;
    }

    /** The totals as of {@code now}. */
    synchronized IngestTotals snapshot(long now) {
        int openGop = videoFrames == 0 ? -1 : lastVideoDts - gopStart;
        return new IngestTotals(now, startedAt,
                videoCodec, videoFrames, videoBytes, lastVideoAt, lastGop, openGop, gopStartIsKey || lastGop >= 0,
                reordered, dropped,
                audioCodec, sampleRate, channels, audioFrames, audioBytes, lastAudioAt,
                jumps, lastJumpAt, lastJumpMillis);
    }

    private static int si24(byte[] b, int at) {
        return (b[at] << 16) | ((b[at + 1] & 0xff) << 8) | (b[at + 2] & 0xff);
    }
}
