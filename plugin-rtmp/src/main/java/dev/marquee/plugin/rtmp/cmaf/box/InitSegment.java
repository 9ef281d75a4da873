package dev.marquee.plugin.rtmp.cmaf.box;

import java.nio.charset.StandardCharsets;

/**
 * Writes an init segment (ISO/IEC 14496-12 fragmented file header): {@code ftyp}, then a {@code moov}
 * with one {@code trak} per track whose sample tables are empty, and an {@code mvex} that announces the
 * movie fragments to come. The sample entry and its decoder configuration are the only
 * codec-specific part ({@link SampleEntries}).
 */
public final class InitSegment {

    private static final int MOVIE_TIMESCALE = 1000;
    /** ISO 639-2/T "und" packed into three 5-bit letters. */
    private static final int LANGUAGE_UNDETERMINED = 0x55c4;
    private static final int[] UNITY_MATRIX = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};

    private InitSegment() {
    }

    /** The init segment for the tracks given; either may be null, not both. */
    public static byte[] write(VideoTrack video, AudioTrack audio) {
        if (video == null && audio == null) {
            throw new IllegalArgumentException("an init segment needs a track");
        }
        BoxBuffer out = new BoxBuffer(1024);
        out.open("ftyp").fourCc("iso6").u32(0).fourCc("iso6").fourCc("mp41").close();
        out.open("moov");
        movieHeader(out);
        if (video != null) {
            track(out, VideoTrack.TRACK_ID, VideoTrack.TIMESCALE, "vide", "VideoHandler", video.width(), video.height());
            out.openFull("vmhd", 0, 1).u16(0).zeros(6).close();
            sampleTable(out, () -> SampleEntries.video(out, video));
            closeTrack(out);
        }
        if (audio != null) {
            track(out, AudioTrack.TRACK_ID, audio.sampleRate(), "soun", "SoundHandler", 0, 0);
            out.openFull("smhd", 0, 0).u16(0).u16(0).close();
            sampleTable(out, () -> SampleEntries.audio(out, audio));
            closeTrack(out);
        }
        out.open("mvex");
        if (video != null) {
            trackExtends(out, VideoTrack.TRACK_ID);
        }
        if (audio != null) {
            trackExtends(out, AudioTrack.TRACK_ID);
        }
        out.close().close();
        return out.toByteArray();
    }

    private static void movieHeader(BoxBuffer out) {
        out.openFull("mvhd", 0, 0).u32(0).u32(0).u32(MOVIE_TIMESCALE).u32(0);
        out.u32(0x00010000).u16(0x0100).zeros(10);
        matrix(out);
        out.zeros(24).u32(AudioTrack.TRACK_ID + 1).close();
    }

    /** Opens trak and mdia, writes tkhd, mdhd, hdlr and opens minf. */
    private static void track(BoxBuffer out, int trackId, int timescale, String handler, String name, int width,
            int height) {
        out.open("trak");
        // flags: track_enabled | track_in_movie
        out.openFull("tkhd", 0, 3).u32(0).u32(0).u32(trackId).u32(0).u32(0).zeros(8);
        out.u16(0).u16(0).u16("soun".equals(handler) ? 0x0100 : 0).u16(0);
        matrix(out);
        out.u32((long) width << 16).u32((long) height << 16).close();
        out.open("mdia");
        out.openFull("mdhd", 0, 0).u32(0).u32(0).u32(timescale).u32(0).u16(LANGUAGE_UNDETERMINED).u16(0).close();
        out.openFull("hdlr", 0, 0).u32(0).fourCc(handler).zeros(12);
        out.bytes(name.getBytes(StandardCharsets.US_ASCII)).u8(0).close();
        out.open("minf");
    }

    private static void sampleTable(BoxBuffer out, Runnable sampleEntry) {
        out.open("dinf").openFull("dref", 0, 0).u32(1).openFull("url ", 0, 1).close().close().close();
        out.open("stbl");
        out.openFull("stsd", 0, 0).u32(1);
        sampleEntry.run();
        out.close();
        out.openFull("stts", 0, 0).u32(0).close();
        out.openFull("stsc", 0, 0).u32(0).close();
        out.openFull("stsz", 0, 0).u32(0).u32(0).close();
        out.openFull("stco", 0, 0).u32(0).close();
        out.close();
    }

    /** Closes minf, mdia and trak. */
    private static void closeTrack(BoxBuffer out) {
        out.close().close().close();
    }

    private static void trackExtends(BoxBuffer out, int trackId) {
        out.openFull("trex", 0, 0).u32(trackId).u32(1).u32(0).u32(0).u32(0).close();
    }

    private static void matrix(BoxBuffer out) {
        for (int value : UNITY_MATRIX) {
            out.u32(value);
        }
    }
}
