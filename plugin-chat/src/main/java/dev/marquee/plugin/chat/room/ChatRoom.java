package dev.marquee.plugin.chat.room;

import dev.marquee.plugin.chat.domain.ChatBan;
import dev.marquee.plugin.chat.domain.RoomSettings;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A room on this instance: its connections, the latest message frames (for people who join), its
 * settings, its bans, and each person's rate limit and last post (slow mode).
 */
public final class ChatRoom {

    private final String key;
    private final int historySize;
    private final Set<ChatConnection> connections = ConcurrentHashMap.newKeySet();
    private final ArrayDeque<RecentFrame> recent = new ArrayDeque<>();
    private final Map<String, RateLimit> rates = new ConcurrentHashMap<>();
    private final Map<String, Long> lastPost = new ConcurrentHashMap<>();
    private final Map<String, String> guestAddresses = new ConcurrentHashMap<>();
    private final List<ChatBan> bans = new CopyOnWriteArrayList<>();
    private volatile RoomSettings settings;
    private volatile Pin pin;
    private int lastPresence = -1;
    private volatile int viewers;

    /** A message frame kept for late joiners, with its id so a deletion can take it out. */
    public record RecentFrame(long id, String frame) {
    }

    /** The pinned message: its id, and the {@code chat.pinned} frame late joiners get. */
    public record Pin(long id, String frame) {
    }

    ChatRoom(String key, int historySize, RoomSettings settings, List<ChatBan> bans, List<RecentFrame> recentFrames,
             Pin pin) {
        this.key = key;
        this.historySize = historySize;
        this.settings = settings;
        this.bans.addAll(bans);
        recentFrames.forEach(this.recent::add);
        this.pin = pin;
    }

    public String key() {
        return key;
    }

    public Set<ChatConnection> connections() {
        return connections;
    }

    public RoomSettings settings() {
        return settings;
    }

    public void settings(RoomSettings changed) {
        this.settings = changed;
    }

    /** The pinned message's frame, or null. */
    public String pinnedFrame() {
        Pin p = pin;
        return p == null ? null : p.frame();
    }

    public void pin(long id, String frame) {
        this.pin = new Pin(id, frame);
    }

    public void unpin() {
        this.pin = null;
    }

    public synchronized void remember(long id, String frame) {
        recent.addLast(new RecentFrame(id, frame));
        while (recent.size() > historySize) {
            recent.removeFirst();
        }
    }

    /** Takes a deleted message out of the history, and out of the pin if it was the pinned one. */
    public synchronized void forget(long id) {
        recent.removeIf(f -> f.id() == id);
        Pin p = pin;
        if (p != null && p.id() == id) {
            pin = null;
        }
    }

    public synchronized void forgetAll() {
        recent.clear();
        pin = null;
    }

    public synchronized List<String> recentFrames() {
        return recent.stream().map(RecentFrame::frame).toList();
    }

    public RateLimit rateOf(String subject, double burst, double perSecond, long now) {
        return rates.computeIfAbsent(subject, s -> new RateLimit(burst, perSecond, now));
    }

    /** Notes where a guest connects from, so a ban can hold their address too. */
    public void seen(Participant p) {
        if (p.guest() && p.address() != null) {
            guestAddresses.put(p.subject(), p.address());
        }
    }

    public String guestAddress(String subject) {
        return guestAddresses.get(subject);
    }

    public Map<String, Long> lastPost() {
        return lastPost;
    }

    public void banned(ChatBan ban) {
        bans.add(ban);
    }

    /** The ban or time-out holding this person now, if any (by subject; guests also by address). */
    public ChatBan banOf(Participant p, Instant now) {
        for (ChatBan ban : bans) {
            if (ban.activeAt(now) && ban.holds(p.subject(), p.guest(), p.address())) {
                return ban;
            }
        }
        return null;
    }

    /** Whether the viewer count changed since the last call (presence is pushed only then). */
    synchronized boolean presenceChanged(int now) {
        viewers = now;
        if (now == lastPresence) {
            return false;
        }
        lastPresence = now;
        return true;
    }

    /** Viewers of the room on every instance, as last counted; at least those connected here. */
    public int viewers() {
        return Math.max(viewers, connections.size());
    }

    /** The connections of people matching the subject (or, for guests, the address): to close on a ban. */
    public List<ChatConnection> connectionsOf(String subject, String address) {
        List<ChatConnection> found = new ArrayList<>();
        for (ChatConnection c : connections) {
            Participant p = c.participant();
            if (p.subject().equals(subject) || (address != null && p.guest() && address.equals(p.address()))) {
                found.add(c);
            }
        }
        return found;
    }
}
