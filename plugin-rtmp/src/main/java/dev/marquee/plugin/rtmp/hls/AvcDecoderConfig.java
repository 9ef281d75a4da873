package dev.marquee.plugin.rtmp.hls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parts of an AVCDecoderConfigurationRecord (ISO/IEC 14496-15, 5.2.4.1) that Annex B output
 * needs: how many bytes prefix each NAL unit's length, and the parameter sets a keyframe must be
 * preceded by in a transport stream.
 *
 * @param nalLengthSize 1, 2 or 4 ({@code lengthSizeMinusOne + 1})
 * @param sps the sequence parameter set NAL units, without length prefixes
 * @param pps the picture parameter set NAL units, without length prefixes
 */
record AvcDecoderConfig(int nalLengthSize, List<byte[]> sps, List<byte[]> pps) {

    AvcDecoderConfig {
        sps = List.copyOf(sps);
        pps = List.copyOf(pps);
    }

    /**
     * Parses the record that starts at {@code offset} (5 in an AVC sequence header tag body).
     *
     * @throws IllegalArgumentException if the record is truncated or not version 1
     */
    static AvcDecoderConfig parse(byte[] data, int offset) {
        int end = data.length;
        if (end - offset < 7 || data[offset] != 1) {
            throw new IllegalArgumentException("not an AVCDecoderConfigurationRecord version 1");
        }
        int nalLengthSize = (data[offset + 4] & 0x03) + 1;
        if (nalLengthSize == 3) {
            throw new IllegalArgumentException("NAL unit length size 3 is not allowed");
        }
        int position = offset + 5;
        int spsCount = data[position++] & 0x1f;
        List<byte[]> sps = new ArrayList<>(spsCount);
        position = readParameterSets(data, position, spsCount, sps);
        if (position >= end) {
            throw new IllegalArgumentException("AVCDecoderConfigurationRecord has no PPS count");
        }
        int ppsCount = data[position++] & 0xff;
        List<byte[]> pps = new ArrayList<>(ppsCount);
        readParameterSets(data, position, ppsCount, pps);
        if (sps.isEmpty() || pps.isEmpty()) {
            throw new IllegalArgumentException("AVCDecoderConfigurationRecord lacks an SPS or a PPS");
        }
        return new AvcDecoderConfig(nalLengthSize, sps, pps);
    }

    private static int readParameterSets(byte[] data, int position, int count, List<byte[]> into) {
        for (int i = 0; i < count; i++) {
            if (position + 2 > data.length) {
                throw new IllegalArgumentException("truncated parameter set length");
            }
            int length = ((data[position] & 0xff) << 8) | (data[position + 1] & 0xff);
            position += 2;
            if (position + length > data.length) {
                throw new IllegalArgumentException("truncated parameter set");
            }
            into.add(Arrays.copyOfRange(data, position, position + length));
            position += length;
        }
        return position;
    }

    /** Whether both records carry the same parameter sets (a repeated header is not a change). */
    boolean sameAs(AvcDecoderConfig other) {
        return other != null && nalLengthSize == other.nalLengthSize
                && sameNalUnits(sps, other.sps) && sameNalUnits(pps, other.pps);
    }

    private static boolean sameNalUnits(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
