package dev.marquee.plugin.rtmp.hls;

/**
 * Muxes one stream's H.264 and AAC frames into MPEG-2 transport stream segments held in memory.
 * Each segment opens with a PAT and a PMT listing the tracks whose decoder configuration is known
 * at that moment; a frame of a track the current segment does not list is dropped. Buffers are
 * reused from frame to frame and segment to segment. Not thread safe.
 */
final class TsMuxer {

    /** How far PTS/DTS run ahead of the PCR, so decoders get frames before they are due. */
    static final long MUX_DELAY_TICKS = 700 * 90;
    private static final int TICKS_PER_MS = 90;

    private final TsPacketWriter packets = new TsPacketWriter();
    private final ByteSink segment = new ByteSink(1 << 20);
    private final ByteSink frame = new ByteSink(1 << 16);
    private final byte[] pesHeader = new byte[PesHeader.MAX_SIZE];
    private final byte[] patSection = ProgramTables.patSection();
    private AvcDecoderConfig avcConfig;
    private AudioSpecificConfig aacConfig;
    private boolean segmentHasVideo;
    private boolean segmentHasAudio;
    private byte[] pmtSection;

    TsMuxer() {
        packets.target(segment);
    }

    void avcConfig(AvcDecoderConfig config) {
        this.avcConfig = config;
    }

    AvcDecoderConfig avcConfig() {
        return avcConfig;
    }

    void aacConfig(AudioSpecificConfig config) {
        this.aacConfig = config;
    }

    AudioSpecificConfig aacConfig() {
        return aacConfig;
    }

    /** Empties the segment buffer and writes the PAT and a PMT for the tracks known now. */
    void startSegment() {
        segment.reset();
        boolean video = avcConfig != null;
        boolean audio = aacConfig != null;
        if (pmtSection == null || video != segmentHasVideo || audio != segmentHasAudio) {
            pmtSection = ProgramTables.pmtSection(video, audio);
        }
        segmentHasVideo = video;
        segmentHasAudio = audio;
        packets.writeSection(ProgramTables.PAT_PID, patSection);
        packets.writeSection(ProgramTables.PMT_PID, pmtSection);
    }

    boolean segmentHasVideo() {
        return segmentHasVideo;
    }

    int segmentSize() {
        return segment.size();
    }

    /** The finished segment's bytes, copied out so the buffer can be reused. */
    byte[] finishSegment() {
        return segment.toByteArray();
    }

    /**
     * Writes one AVC NALU tag body decoded at {@code dtsMillis} on the stream's timeline.
     *
     * @throws IllegalArgumentException if the NAL units are malformed
     */
    void writeVideo(byte[] body, long dtsMillis, boolean keyframe) {
        if (!segmentHasVideo || body.length < AvcAnnexB.NALU_OFFSET) {
            return;
        }
        int compositionOffset = (body[2] << 16) | ((body[3] & 0xff) << 8) | (body[4] & 0xff);
        frame.reset();
        AvcAnnexB.write(avcConfig, body, keyframe, frame);
        long dts = dtsMillis * TICKS_PER_MS + MUX_DELAY_TICKS;
        long pts = dts + (long) compositionOffset * TICKS_PER_MS;
        int headerLength = PesHeader.write(pesHeader, PesHeader.VIDEO_STREAM_ID, frame.size(), pts, dts);
        packets.writePes(ProgramTables.VIDEO_PID, pesHeader, headerLength, frame.array(), 0, frame.size(),
                dtsMillis * TICKS_PER_MS, keyframe);
    }

    /**
     * Writes one raw AAC frame tag body as an ADTS frame.
     *
     * @throws IllegalArgumentException if the frame is too large for ADTS
     */
    void writeAudio(byte[] body, long dtsMillis) {
        if (!segmentHasAudio) {
            return;
        }
        int rawLength = body.length - AudioSpecificConfig.AAC_PAYLOAD_OFFSET;
        frame.reset();
        int headerAt = frame.reserve(Adts.HEADER_SIZE);
        Adts.writeHeader(aacConfig, rawLength, frame.array(), headerAt);
        frame.write(body, AudioSpecificConfig.AAC_PAYLOAD_OFFSET, rawLength);
        long pts = dtsMillis * TICKS_PER_MS + MUX_DELAY_TICKS;
        int headerLength = PesHeader.write(pesHeader, PesHeader.AUDIO_STREAM_ID, frame.size(), pts, pts);
        long pcr = segmentHasVideo ? TsPacketWriter.NO_PCR : dtsMillis * TICKS_PER_MS;
        packets.writePes(ProgramTables.AUDIO_PID, pesHeader, headerLength, frame.array(), 0, frame.size(),
                pcr, !segmentHasVideo);
    }
}
