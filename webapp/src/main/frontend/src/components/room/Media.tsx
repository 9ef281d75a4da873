// The room's media in the page: a video tile per person, and the others' audio (never one's own).
import { useEffect, useRef } from 'preact/hooks';
import type { Feed, MediaRoom } from '../../lib/mediaRoom';

export interface Tile {
  identity: string;
  name: string;
  /** A word beside the name: "host", "DJ", "you". */
  badge?: string;
}

interface GridProps {
  tiles: Tile[];
  feeds: Feed[];
  room: MediaRoom | null;
  label: string;
}

export function VideoGrid({ tiles, feeds, room, label }: GridProps) {
  if (tiles.length === 0) return null;
  return (
    <ul class="video-grid" aria-label={label}>
      {tiles.map((t) => <VideoTile key={t.identity} tile={t} room={room} feed={feeds.find((f) => f.identity === t.identity)} />)}
    </ul>
  );
}

function VideoTile({ tile, room, feed }: { tile: Tile; room: MediaRoom | null; feed?: Feed }) {
  const box = useRef<HTMLDivElement>(null);
  const track = feed?.video ?? null;
  useEffect(() => {
    if (!room || !track || !box.current) return undefined;
    return room.attach(tile.identity, 'video', box.current);
  }, [room, tile.identity, track]);
  const micOff = feed && feed.audio !== null && !feed.audioOn;
  return (
    <li class="tile" data-identity={tile.identity}>
      {/* The SDK's <video> goes in here; Preact leaves this element's children alone. */}
      <div class="tile-media" ref={box} />
      {!track && <div class="tile-none" aria-hidden="true">{initials(tile.name)}</div>}
      <p class="tile-name">
        {tile.name}{tile.badge && <> <span class="badge">{tile.badge}</span></>}
        {micOff && <> <span class="badge">muted</span></>}
        {!feed && <span class="visually-hidden"> (not connected)</span>}
      </p>
    </li>
  );
}

/** Plays the others' audio tracks in hidden elements. */
export function RemoteAudio({ feeds, room }: { feeds: Feed[]; room: MediaRoom | null }) {
  return (
    <div hidden>
      {feeds.filter((f) => !f.local && f.audio).map((f) => <Audio key={f.identity} feed={f} room={room} />)}
    </div>
  );
}

function Audio({ feed, room }: { feed: Feed; room: MediaRoom | null }) {
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!room || !feed.audio || !box.current) return undefined;
    return room.attach(feed.identity, 'audio', box.current);
  }, [room, feed.identity, feed.audio]);
  return <span ref={box} />;
}

function initials(name: string): string {
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => [...w][0]?.toUpperCase()).join('') || '?';
}
