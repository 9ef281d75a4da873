// Webhooks in the console: the event types an endpoint can hear, and a delivery's state in words.

export interface Webhook { id: number; url: string; events: string[]; eventId: number | null; createdAt: string; secret: string | null }
export interface Delivery {
  id: number; messageId: string; type: string; status: 'PENDING' | 'SENDING' | 'DELIVERED' | 'FAILED'; attempts: number;
  createdAt: string; lastAttemptAt: string | null; lastStatus: number | null; lastError: string | null;
  nextAttemptAt: string | null; deliveredAt: string | null; body: string;
}

export const EVENT_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['stream.started', 'A stage went live'], ['stream.stopped', 'A stage went off air'],
  ['session.started', 'A scheduled session started'], ['attendee.created', 'An attendee was added'],
  ['attendee.revoked', 'An attendee lost access'], ['import.finished', 'A ticket import finished'],
  ['replay.ready', 'A replay can be watched'], ['viewer.limit_reached', 'Someone hit the stream limit'],
  ['stream.warnings', "The encoder's warnings changed"],
];

/** The event types to register: every one ("*") when all are ticked, else those ticked. */
export function chosenEvents(ticked: string[]): string[] {
  return ticked.length === EVENT_TYPES.length ? ['*'] : EVENT_TYPES.map(([t]) => t).filter((t) => ticked.includes(t));
}

/** "Delivered", "Retrying (HTTP 503), next at …", "Failed: …" */
export function deliveryState(d: Delivery, format: (iso: string) => string = (iso) => new Date(iso).toLocaleString()): string {
  const why = d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '');
  switch (d.status) {
    case 'DELIVERED': return `Delivered${d.deliveredAt ? ' ' + format(d.deliveredAt) : ''}`;
    case 'FAILED': return `Failed after ${d.attempts} attempts${why ? ': ' + why : ''}`;
    case 'SENDING': return 'Sending';
    default: return d.attempts === 0 ? 'Waiting'
      : `Retrying (${why})${d.nextAttemptAt ? ', next ' + format(d.nextAttemptAt) : ''}`;
  }
}
