// The stage page's playback (its signed addresses), and when to ask for it again. Every answer carries
// new addresses, and new addresses restart the player, so the page asks again only when what it shows
// may be out of date.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, describe, get } from './api';
import { toSignIn } from './page';
import { isStreamLimit } from './streamLimit';
import type { Playback, Stage } from './types';

export interface PlaybackState {
  value?: Playback;
  error?: string;
  /** The stream limit's message when the person already plays as many streams as the event allows. */
  limited?: string;
  /** Asks again (after a slot was freed). */
  retry: () => void;
}

/**
 * The stage's playback, fetched again when:
 * - the event data's live flag for the stage changes (polled);
 * - the socket pushes an on-air state the playback does not show;
 * - the socket (re)connects while the page shows the stage off air: the socket pushes only changes, so
 *   a stream that went live between the fetch and the socket's opening would otherwise wait for the
 *   next poll (20 s).
 * A push or a connect while an answer is on its way is checked against that answer when it comes (it may
 * be older than the push), not answered with a second request at once: two requests at a page's start
 * meant two players started one after the other. An answer older than the latest request is dropped.
 */
export function usePlayback(stage: Stage, pushedLive: boolean | null, socketOpen: boolean): PlaybackState {
  const [result, setResult] = useState<{ value?: Playback; error?: string; limited?: string }>({});
  const [asked, setAsked] = useState(0);
  const shown = result.value?.live;
  const pushed = useRef(pushedLive);
  pushed.current = pushedLive;
  const request = useRef({ seq: 0, pending: false, pushedMeanwhile: false, openedMeanwhile: false });
  const askAgain = () => setAsked((n) => n + 1);

  // First: the effects below must see this request pending when they run in the same render.
  useEffect(() => {
    const seq = request.current.seq + 1;
    request.current = { seq, pending: true, pushedMeanwhile: false, openedMeanwhile: false };
    const current = () => request.current.seq === seq;
    get<Playback>(`/stages/${stage.id}/playback`)
      .then((value) => {
        if (!current()) return;
        const { pushedMeanwhile, openedMeanwhile } = request.current;
        request.current.pending = false;
        setResult({ value });
        const behind = (pushedMeanwhile && pushed.current !== null && pushed.current !== value.live)
          || (openedMeanwhile && !value.live);
        if (behind) askAgain();
      })
      .catch((e) => {
        if (!current()) return;
        request.current.pending = false;
        if (e instanceof ApiError && e.status === 401) toSignIn();
        else if (isStreamLimit(e)) setResult({ limited: e.detail });
        // Keeps what it had: a video room stays joined through a failed refresh.
        else setResult((r) => ({ value: r.value, error: 'The stream cannot be played: ' + describe(e) }));
      });
  }, [stage.id, stage.live, asked]);

  useEffect(() => {
    if (!socketOpen) return;
    if (request.current.pending) request.current.openedMeanwhile = true;
    else if (!shown) askAgain();
  }, [socketOpen]);

  useEffect(() => {
    if (pushedLive === null) return;
    if (request.current.pending) request.current.pushedMeanwhile = true;
    else if (pushedLive !== shown) askAgain();
  }, [pushedLive]);

  return { ...result, retry: askAgain };
}
