package dev.marquee.plugin.rtmp.hls;

/**
 * Rewrites an FLV/RTMP AVC frame (length-prefixed NAL units, ISO/IEC 14496-15) as an H.264
 * Annex B access unit for a transport stream: an access unit delimiter first (H.264 7.4.1.2.3),
 * then, on keyframes that do not carry their own, the SPS and PPS from the decoder configuration,
 * then every NAL unit behind a four-byte start code.
 */
final class AvcAnnexB {

    /** Where the NAL units start in an AVC NALU tag body: codec byte, packet type, 3-byte CTS. */
    static final int NALU_OFFSET = 5;

    private static final int TYPE_IDR = 5;
    private static final int TYPE_SPS = 7;
    private static final int TYPE_AUD = 9;
    private static final byte[] START_CODE = {0, 0, 0, 1};
    /** Start code, nal_unit_type 9, primary_pic_type 7 (any slice type) and the stop bit. */
    private static final byte[] ACCESS_UNIT_DELIMITER = {0, 0, 0, 1, TYPE_AUD, (byte) 0xf0};

    private AvcAnnexB() {
    }

    /**
     * Appends the Annex B form of one AVC NALU packet to {@code out}.
     *
     * @param body the video tag body (AVCPacketType 1)
     * @param keyframe whether the FLV header marks a keyframe; an IDR slice counts as one too
     * @throws IllegalArgumentException if a NAL unit length runs past the end of the body
     */
    static void write(AvcDecoderConfig config, byte[] body, boolean keyframe, ByteSink out) {
        int lengthSize = config.nalLengthSize();
        boolean startsWithDelimiter = false;
        boolean hasSps = false;
        boolean hasIdr = false;
        boolean first = true;
        for (int position = NALU_OFFSET; position < body.length; ) {
            int length = nalLength(body, position, lengthSize);
            position += lengthSize;
            if (length > 0) {
                int type = body[position] & 0x1f;
                startsWithDelimiter |= first && type == TYPE_AUD;
                hasSps |= type == TYPE_SPS;
                hasIdr |= type == TYPE_IDR;
                first = false;
            }
            position += length;
        }
        if (!startsWithDelimiter) {
            out.write(ACCESS_UNIT_DELIMITER);
        }
        boolean parameterSetsPending = (keyframe || hasIdr) && !hasSps;
        for (int position = NALU_OFFSET; position < body.length; ) {
            int length = nalLength(body, position, lengthSize);
            position += lengthSize;
            if (length > 0) {
                boolean delimiter = (body[position] & 0x1f) == TYPE_AUD;
                if (parameterSetsPending && !delimiter) {
                    writeParameterSets(config, out);
                    parameterSetsPending = false;
                }
                out.write(START_CODE);
                out.write(body, position, length);
            }
            position += length;
        }
        if (parameterSetsPending) {
            writeParameterSets(config, out);
        }
    }

    private static void writeParameterSets(AvcDecoderConfig config, ByteSink out) {
        for (byte[] sps : config.sps()) {
            out.write(START_CODE);
            out.write(sps);
        }
        for (byte[] pps : config.pps()) {
            out.write(START_CODE);
            out.write(pps);
        }
    }

    private static int nalLength(byte[] body, int position, int lengthSize) {
        if (position + lengthSize > body.length) {
            throw new IllegalArgumentException("truncated NAL unit length");
        }
        int length = 0;
        for (int i = 0; i < lengthSize; i++) {
            length = (length << 8) | (body[position + i] & 0xff);
        }
        if (length < 0 || length > body.length - position - lengthSize) {
            throw new IllegalArgumentException("NAL unit length " + length + " exceeds the packet");
        }
        return length;
    }
}
