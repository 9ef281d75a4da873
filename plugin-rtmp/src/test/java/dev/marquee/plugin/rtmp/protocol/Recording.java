package dev.marquee.plugin.rtmp.protocol;

import dev.marquee.plugin.rtmp.protocol.message.CommandMessage;
import dev.marquee.plugin.rtmp.protocol.message.DataMessage;
import dev.marquee.plugin.rtmp.protocol.message.MessageType;
import dev.marquee.plugin.rtmp.protocol.message.RtmpMessage;
import dev.marquee.plugin.rtmp.protocol.message.TypedMessage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a {@link TestSession} received: commands, other typed messages, metadata and media (retained). */
final class Recording {

    final List<CommandMessage> commands = new CopyOnWriteArrayList<>();
    final List<TypedMessage> control = new CopyOnWriteArrayList<>();
    final List<DataMessage> data = new CopyOnWriteArrayList<>();
    final List<RtmpMessage> media = new CopyOnWriteArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    long count(MessageType type) {
        return media.stream().filter(m -> m.type() == type).count();
    }

    List<String> commandNames() {
        return commands.stream().map(CommandMessage::name).toList();
    }

    void release() {
        media.forEach(RtmpMessage::release);
        media.clear();
    }
}
