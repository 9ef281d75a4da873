// A stage page in replay mode (?replay={sessionId}): the session's recording, seekable, and the stage's
// chat as it was, each message shown once the video reaches it. No live player, no stage socket, no
// chat box: nothing of the live stage is started.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, describe, get } from '../../lib/api';
import { toSignIn } from '../../lib/page';
import { apiPathOf, byOffset, onTimeline, shownCount, type Replay, type ReplayChatLog } from '../../lib/replay';
import type { Stage } from '../../lib/types';
import type { EventData } from '../../lib/useEventData';
import { SessionList } from '../SessionList';
import { ReplayChat } from './ReplayChat';
import { ReplayPlayer } from './ReplayPlayer';

interface Props {
  data: EventData;
  stage: Stage;
  sessionId: number;
}

export function ReplayStage({ data, stage, sessionId }: Props) {
  const { event, schedule } = data;
  const replay = useReplay(sessionId);
  const chat = useReplayChat(replay.value?.chat ?? null);
  const messages = useMemo(() => (chat.value
    ? byOffset(onTimeline(chat.value.messages, replay.value?.from ?? chat.value.from, replay.value?.timeline))
    : null), [chat.value, replay.value]);
  const position = useRef(0);
  const [shown, setShown] = useState(0);
  useEffect(() => setShown(shownCount(messages ?? [], position.current)), [messages]);
  const onPosition = (seconds: number) => {
    position.current = seconds;
    setShown(shownCount(messages ?? [], seconds));
  };
  const title = replay.value ? `Replay: ${replay.value.title}` : 'Replay';
  useEffect(() => { document.title = `${title} · ${event.title}`; }, [title, event.title]);
  const url = replay.value?.sources.find((s) => s.url)?.url;
  const sessions = schedule.stages.find((s) => s.stageId === stage.id)?.sessions ?? [];
  const stageHref = `/e/${encodeURIComponent(event.slug)}/${encodeURIComponent(stage.slug)}`;
  return (
    <main id="content" class="stage-layout">
      <section aria-labelledby="stage-title">
        <h1 id="stage-title">{title}</h1>
        <p class="muted">
          <a href={'/e/' + encodeURIComponent(event.slug)}>{event.title}</a> · {stage.name} ·{' '}
          <a href={stageHref}>Back to the live stage</a>
        </p>
        {!replay.value && !replay.error && <p aria-live="polite">Loading the replay…</p>}
        {replay.error && <p class="status error" role="alert">{replay.error}</p>}
        {replay.value && (url
          ? <ReplayPlayer url={url} title={title} onPosition={onPosition} />
          : <p class="status error" role="alert">This replay has nothing to play yet.</p>)}
      </section>
      <aside aria-label="Beside the replay">
        {replay.value?.chat && <ReplayChat messages={messages} shown={shown} error={chat.error ?? null} />}
        <section class="card" aria-labelledby="stage-schedule">
          <h2 id="stage-schedule">Schedule</h2>
          <SessionList sessions={sessions} zone={event.timezone} />
        </section>
      </aside>
    </main>
  );
}

function useReplay(sessionId: number): { value?: Replay; error?: string } {
  const [result, setResult] = useState<{ value?: Replay; error?: string }>({});
  useEffect(() => {
    get<Replay>(`/sessions/${sessionId}/replay`)
      .then((value) => setResult({ value }))
      .catch((e) => {
        if (e instanceof ApiError && e.status === 401) toSignIn();
        else if (e instanceof ApiError && e.status === 404) setResult({ error: 'This session has no replay (yet).' });
        else setResult({ error: 'The replay cannot be played: ' + describe(e) });
      });
  }, [sessionId]);
  return result;
}

function useReplayChat(address: string | null): { value?: ReplayChatLog; error?: string } {
  const [result, setResult] = useState<{ value?: ReplayChatLog; error?: string }>({});
  useEffect(() => {
    setResult({});
    if (!address) return;
    const path = apiPathOf(address);
    if (!path) {
      setResult({ error: 'The chat of this replay is kept elsewhere and cannot be shown.' });
      return;
    }
    get<ReplayChatLog>(path)
      .then((value) => setResult({ value }))
      .catch((e) => setResult({ error: 'The chat cannot be shown: ' + describe(e) }));
  }, [address]);
  return result;
}
