package dev.marquee.platform.application.recording;

import dev.marquee.platform.application.Caller;
import dev.marquee.platform.spi.web.Problem;
import dev.marquee.platform.application.access.AccessPolicy;
import dev.marquee.platform.domain.model.recording.Recording;
import dev.marquee.platform.domain.model.recording.RecordingRepository;
import dev.marquee.platform.domain.model.recording.RecordingStatus;
import dev.marquee.platform.domain.model.stage.Stage;
import dev.marquee.platform.domain.model.stage.StageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.util.List;

/** What organizers do with their stages' recordings: list, publish or unpublish, delete. */
@ApplicationScoped
public class RecordingAdmin {

    @Inject
    RecordingRepository recordings;

    @Inject
    StageRepository stages;

    @Inject
    AccessPolicy access;

    @Inject
    RecordingStores stores;

    @Inject
    ReplayCache cache;

    @Transactional
    public List<Recording> ofStage(Caller caller, long stageId) {
        Stage stage = stages.find(stageId).orElseThrow(() -> Problem.notFound("Stage " + stageId));
        access.requireOrganizerOf(caller, stage.event().id());
        return recordings.ofStage(stageId);
    }

    @Transactional
    public Recording publish(Caller caller, long recordingId, boolean published) {
        Recording recording = organized(caller, recordingId);
        recording.publish(published);
        cache.forget(ReplayId.ofRecording(recordingId));
        return recording;
    }

    /** Deletes the recording's objects, then its index; refused while it is being written. */
    @Transactional
    public void delete(Caller caller, long recordingId) {
        Recording recording = organized(caller, recordingId);
        if (recording.status() == RecordingStatus.RECORDING) {
            throw Problem.conflict("The recording is still being written: stop the stream first");
        }
        deleteNow(recording);
    }

    /** Deletes the recording's objects and index (the sweep's retention and orphans, and organizers). */
    public void deleteNow(Recording recording) {
        try {
            stores.byId(recording.store()).orElseThrow(() -> new IOException("the recording store '"
                    + recording.store() + "' is not installed")).deleteAll(recording.keyPrefix());
        } catch (IOException e) {
            throw new Problem(Problem.Kind.UPSTREAM_FAILED, "store_failed", "Could not delete the recording's media: "
                    + e.getMessage(), List.of(), null);
        }
        recordings.remove(recording);
        cache.forget(ReplayId.ofRecording(recording.id()));
    }

    private Recording organized(Caller caller, long recordingId) {
        Recording recording = recordings.find(recordingId).orElseThrow(() -> Problem.notFound("Recording " + recordingId));
        if (recording.eventId() == null) {
            throw Problem.notFound("Recording " + recordingId);
        }
        access.requireOrganizerOf(caller, recording.eventId());
        return recording;
    }
}
