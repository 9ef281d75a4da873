package dev.marquee.plugin.rtmp.protocol.message;

import dev.marquee.plugin.rtmp.protocol.amf.Amf0Reader;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.marquee.plugin.rtmp.protocol.TestBytes.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ServerResponsesTest {

    @Test
    void connectResultCarriesTheServerAndStatusObjects() {
        CommandMessage result = roundTrip(ServerResponses.connectResult(1, 0, Map.of("fourCcList", List.of("hvc1"))));

        assertThat(result.name()).isEqualTo("_result");
        assertThat(result.transactionId()).isEqualTo(1.0);
        assertThat((Map<String, Object>) result.commandObject()).containsEntry("fmsVer", ServerResponses.FMS_VERSION)
                .containsEntry("capabilities", 31.0);
        assertThat((Map<String, Object>) result.argument(0)).containsExactly(
                entry("level", "status"), entry("code", "NetConnection.Connect.Success"),
                entry("description", "Connection succeeded."), entry("objectEncoding", 0.0),
                entry("fourCcList", List.of("hvc1")));
    }

    @Test
    void createStreamResultCarriesTheStreamId() {
        CommandMessage result = roundTrip(ServerResponses.createStreamResult(4, 1));

        assertThat(result).isEqualTo(CommandMessage.of("_result", 4, null, 1.0));
    }

    @Test
    void onStatusGoesToTheMediaStream() {
        CommandMessage status = ServerResponses.onStatus(1, NetStatus.PUBLISH_BAD_NAME, "Stream key not recognised");

        assertThat(status.streamId()).isEqualTo(1);
        assertThat(status.chunkStreamId()).isEqualTo(ChunkStreamIds.STREAM);
        assertThat((Map<String, Object>) roundTrip(status).argument(0)).containsExactly(
                entry("level", "error"), entry("code", "NetStream.Publish.BadName"),
                entry("description", "Stream key not recognised"));
    }

    @Test
    void onFcPublishAndSampleAccess() {
        assertThat((Map<String, Object>) roundTrip(ServerResponses.onFcPublish("key")).argument(0))
                .containsExactly(entry("code", "NetStream.Publish.Start"), entry("description", "key"));

        RtmpMessage sampleAccess = ServerResponses.sampleAccess(1).toRtmpMessage(ByteBufAllocator.DEFAULT);
        assertThat(ByteBufUtil.getBytes(sampleAccess.content()))
                .isEqualTo(bytes("02 0011 7C52746D7053616D706C65416363657373 0101 0101"));
        sampleAccess.release();
    }

    @Test
    void reconnectRequestGoesToTheConnection() {
        CommandMessage request = ServerResponses.reconnectRequest("rtmp://other/live", "Server restarting.");

        assertThat(request.streamId()).isZero();
        assertThat((Map<String, Object>) roundTrip(request).argument(0)).containsExactly(
                entry("level", "status"), entry("code", "NetConnection.Connect.ReconnectRequest"),
                entry("description", "Server restarting."), entry("tcUrl", "rtmp://other/live"));
    }

    private static CommandMessage roundTrip(CommandMessage command) {
        RtmpMessage message = command.toRtmpMessage(ByteBufAllocator.DEFAULT);
        try {
            return CommandMessage.from(message, new Amf0Reader());
        } finally {
            message.release();
        }
    }
}
