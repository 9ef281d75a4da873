// The event's concurrent-stream limit as the page meets it: a 429 too_many_streams from the playback API
// (or a heartbeat), the message to show, and ending the oldest of the person's streams to free a slot.
import { ApiError, del, get } from './api';

export interface OpenStream {
  id: string;
  stage: number;
  stageName: string;
  device: string;
  startedAt: string;
}

/** Whether an API error is the stream limit (its detail is the message for people). */
export function isStreamLimit(e: unknown): e is ApiError {
  return e instanceof ApiError && e.status === 429 && e.error === 'too_many_streams';
}

/** Ends the person's oldest open stream, wherever it plays; resolves once its slot is free. */
export async function endOldestStream(): Promise<void> {
  const streams = await get<OpenStream[]>('/me/streams');
  const oldest = [...streams].sort((a, b) => a.startedAt.localeCompare(b.startedAt))[0];
  if (oldest) await del(`/me/streams/${encodeURIComponent(oldest.id)}`);
}
