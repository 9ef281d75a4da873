// What the page says about its link to the video room: joining, full (with the broadcast to watch
// instead), failed or lost (with a way back), devices the browser refused, sound it blocked.
import type { Full } from '../../lib/interactive';
import type { LinkState } from '../../lib/roomLink';
import { webAddress } from '../../lib/sources';

interface Props {
  link: LinkState;
  /** The server's "full" error, if it sent one. */
  full: Full | null;
  /** The stage's overflow broadcast from its playback source. */
  overflowUrl?: string;
  /** Asks for a fresh token and joins again. */
  onRejoin: () => void;
  onSound: () => void;
}

export function RoomNotices({ link, full, overflowUrl, onRejoin, onSound }: Props) {
  if (full || link.status === 'full') {
    const url = webAddress(full?.overflowUrl) ?? overflowUrl;
    return (
      <div class="status warn" role="alert">
        <p><strong>The video room is full.</strong> {full?.detail || 'No seat is left in it right now.'}</p>
        <p class="row">{url && <a class="button" href={url}>Watch the broadcast instead</a>}
          <button class="secondary" onClick={onRejoin}>Try again</button></p>
      </div>
    );
  }
  return (
    <>
      {link.status === 'connecting' && <p class="muted" role="status">Joining the video room…</p>}
      {link.reconnecting && <p class="status warn" role="status">The connection dropped; reconnecting…</p>}
      {(link.status === 'failed' || link.status === 'lost') && (
        <div class="status error row" role="alert">
          <span>{link.status === 'lost' ? 'You are no longer in the video room.' : 'Could not join the video room.'}
            {link.error && <> ({link.error})</>}</span>
          <button class="secondary small" onClick={onRejoin}>Join again</button>
        </div>
      )}
      {link.denied.length > 0 && (
        <p class="status warn" role="status">
          You joined without your {link.denied.join(' and ')}: the browser did not allow {link.denied.length > 1 ? 'them' : 'it'}.
        </p>
      )}
      {link.audioBlocked && (
        <p class="row"><button onClick={onSound}>Turn on sound</button>
          <span class="muted">The browser needs a click before it plays the stage.</span></p>
      )}
    </>
  );
}
