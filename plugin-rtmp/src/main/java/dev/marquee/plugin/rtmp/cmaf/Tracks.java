package dev.marquee.plugin.rtmp.cmaf;

import dev.marquee.plugin.rtmp.cmaf.box.AudioTrack;
import dev.marquee.plugin.rtmp.cmaf.box.InitSegment;
import dev.marquee.plugin.rtmp.cmaf.box.VideoTrack;

import java.util.Arrays;

/**
 * The stream's current decoder configurations and the init segment made of them: a configuration that
 * differs from the one the last init segment holds (or a track that appears) is a change, and the next
 * segment needs a new init segment. Not thread safe.
 */
final class Tracks {

    private VideoTrack video;
    private AudioTrack audio;
    private boolean videoChanged;
    private boolean audioChanged;
    private boolean initHasVideo;
    private boolean initHasAudio;
    private int initVersion = -1;

    VideoTrack video() {
        return video;
    }

    AudioTrack audio() {
        return audio;
    }

    /** Whether {@code track} differs from the current video configuration. */
    boolean differs(VideoTrack track) {
        return video == null || !Arrays.equals(video.decoderConfig(), track.decoderConfig());
    }

    void video(VideoTrack track) {
        if (differs(track)) {
            videoChanged = initVersion >= 0;
        }
        video = track;
    }

    void audio(AudioTrack track) {
        if (audio == null || !Arrays.equals(audio.audioSpecificConfig(), track.audioSpecificConfig())) {
            audioChanged = initVersion >= 0;
        }
        audio = track;
    }

    boolean videoChanged() {
        return videoChanged;
    }

    boolean audioChanged() {
        return audioChanged;
    }

    boolean initHasAudio() {
        return initHasAudio;
    }

    int initVersion() {
        return initVersion;
    }

    /** The init segment the next segment needs when it is not the current one, else null. Clears the changes. */
    CmafInit nextInit() {
        boolean needed = initVersion < 0 || videoChanged || audioChanged
                || initHasVideo != (video != null) || initHasAudio != (audio != null);
        videoChanged = false;
        audioChanged = false;
        if (!needed) {
            return null;
        }
        initVersion++;
        initHasVideo = video != null;
        initHasAudio = audio != null;
        String codecs = video != null ? TrackFormats.videoCodec(video) : "";
        if (audio != null) {
            codecs += (codecs.isEmpty() ? "" : ",") + TrackFormats.aacCodec(audio);
        }
        return new CmafInit(initVersion, InitSegment.write(video, audio), codecs,
                video != null ? video.width() : 0, video != null ? video.height() : 0);
    }
}
