// One stage's audience interaction in the console: its settings (organizers), the live Q&A queue and the
// polls with their results. Hosts and moderators get the queue and polls without settings or exports.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, describe, get } from '../lib/api';
import type { Stage } from '../lib/types';
import { completeSettings, type InteractionSettings } from './interaction';
import { InteractionSettingsForm } from './InteractionSettingsForm';
import { PollsPanel } from './PollsPanel';
import { QuestionQueue } from './QuestionQueue';

const MISSING = 'Audience interaction is not available on this server: its plugin (stage interaction) is not installed.';

/** `zone`: the event's timezone, in which the queue writes when questions were asked. */
export function InteractionStage({ stage, zone, organizer }: { stage: Stage; zone: string; organizer: boolean }) {
  const [settings, setSettings] = useState<InteractionSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setSettings(null);
    setError(null);
    get<InteractionSettings>(`/stages/${stage.id}/interaction`).then((s) => setSettings(completeSettings(s)))
      .catch((e) => setError(e instanceof ApiError && e.status === 404 && e.error !== 'stage_not_found' ? MISSING : describe(e)));
  }, [stage.id]);
  if (error) return <p class="status error" role="alert">{error}</p>;
  if (!settings) return <p aria-live="polite">Loading…</p>;
  return (
    <div class="interaction-stage">
      {organizer && <div class="card"><InteractionSettingsForm key={stage.id} stage={stage} settings={settings}
        onSaved={setSettings} /></div>}
      <div class="interaction-live">
        <div class="card"><QuestionQueue stage={stage} zone={zone} qa={settings.qa} organizer={organizer} /></div>
        <div class="card"><PollsPanel stage={stage} enabled={settings.polls.enabled} organizer={organizer} /></div>
      </div>
    </div>
  );
}
