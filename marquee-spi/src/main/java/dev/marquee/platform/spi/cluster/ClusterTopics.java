package dev.marquee.platform.spi.cluster;

/**
 * Named topics shared by every instance of the deployment. Inject it:
 * {@code @Inject ClusterTopics topics;} and take your topic once, when your bean starts
 * ({@code @PostConstruct}).
 *
 * <p><b>Names</b> are shared by every plugin of the deployment: start each with your plugin's id and a
 * dot ({@code twilio-video.room-events}). A name is lower-case letters, digits and dashes, in two or more
 * dot-separated parts. Core keeps plugins' topics apart from its own, so a plugin can neither hear nor
 * send core's messages.
 *
 * <p><b>Threading.</b> Thread-safe. {@link #topic} does not block; each call answers a new handle on the
 * same topic, and handles of one name on any instance hear each other.
 *
 * <p><b>Stability.</b> Part of the plugin API since 0.1.0; the message format on the grid is core's and
 * may change between versions, so instances of one deployment run the same version.
 *
 * @since 0.1.0
 */
public interface ClusterTopics {

    /**
     * The topic {@code name}.
     *
     * @throws IllegalArgumentException when the name is not of the form above
     * @throws IllegalStateException    when this instance runs without a data grid (Payara Micro's
     *                                  {@code --nohazelcast}), which Marquee does not support
     */
    ClusterTopic topic(String name);
}
