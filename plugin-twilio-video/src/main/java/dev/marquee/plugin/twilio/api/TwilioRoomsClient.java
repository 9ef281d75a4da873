package dev.marquee.plugin.twilio.api;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.video.v1.Room;
import com.twilio.rest.video.v1.room.Participant;
import com.twilio.rest.video.v1.room.participant.SubscribeRules;
import dev.marquee.plugin.twilio.TwilioConfig;
import dev.marquee.plugin.twilio.stage.RoomInfo;

/**
 * The Rooms API calls a stage needs, through the official SDK. Blocking: call from a worker thread.
 * Authenticates with the API key and secret; requests go to {@code marquee.twilio.api-url}.
 */
public class TwilioRoomsClient {

    private final TwilioRestClient client;
    private final String statusCallback;

    public TwilioRoomsClient(TwilioRestClient client, String statusCallback) {
        this.client = client;
        this.statusCallback = statusCallback;
    }

    /** A client for the configured account and API address. */
    public static TwilioRoomsClient of(TwilioConfig config) {
        TwilioRestClient client = new TwilioRestClient.Builder(config.apiKey(), config.apiSecret())
                .accountSid(config.accountSid())
                .httpClient(new RebasingHttpClient(config.apiUrl(), config.requestTimeout()))
                .build();
        return new TwilioRoomsClient(client, config.statusCallbackUrl());
    }

    /** Reuses the in-progress room of that name, or creates a Group room; a race on creation reuses the winner's. */
    public RoomInfo open(String uniqueName, int maxParticipants) {
        try {
            Room room = Room.fetcher(uniqueName).fetch(client);
            if (room.getStatus() == Room.RoomStatus.IN_PROGRESS) {
                return info(room);
            }
        } catch (ApiException e) {
            if (!TwilioFailures.notFound(e)) {
                throw e;
            }
        }
        try {
            return info(Room.creator().setUniqueName(uniqueName).setType(Room.RoomType.GROUP)
                    .setStatusCallback(statusCallback).setStatusCallbackMethod(HttpMethod.POST)
                    .setMaxParticipants(maxParticipants).create(client));
        } catch (ApiException e) {
            if (e.getCode() != null && e.getCode() == TwilioFailures.ROOM_EXISTS) {
                return info(Room.fetcher(uniqueName).fetch(client));
            }
            throw e;
        }
    }

    /** Ends the room; one that is already over or unknown is left alone. */
    public void complete(String roomSidOrName) {
        try {
            Room.updater(roomSidOrName, Room.RoomStatus.COMPLETED).update(client);
        } catch (ApiException e) {
            if (!TwilioFailures.notFound(e) && !Integer.valueOf(TwilioFailures.ROOM_COMPLETED).equals(e.getCode())) {
                throw e;
            }
        }
    }

    /** Disconnects the participant with this identity; one who already left is left alone. */
    public void disconnect(String roomSidOrName, String identity) {
        try {
            Participant.updater(roomSidOrName, identity).setStatus(Participant.Status.DISCONNECTED).update(client);
        } catch (ApiException e) {
            if (!TwilioFailures.notFound(e)) {
                throw e;
            }
        }
    }

    /** Sends the whole rule set (a JSON array, passed as a string so the SDK sends it verbatim). */
    public void subscribe(String roomSidOrName, String identity, String rulesJson) {
        SubscribeRules.updater(roomSidOrName, identity).setRules(rulesJson).update(client);
    }

    private static RoomInfo info(Room room) {
        return new RoomInfo(room.getSid(), room.getUniqueName(),
                room.getMaxParticipants() == null ? 0 : room.getMaxParticipants());
    }
}
