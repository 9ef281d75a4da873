// Whether this server can send mail, read from /api/v1/mail/status (organizers).
import { useEffect, useState } from 'preact/hooks';
import { get } from '../lib/api';

export interface MailStatus {
  configured: boolean;
  server: string | null;
  security: string;
  from: string;
  pending: number;
  failed: number;
  lastSentAt: string | null;
  lastFailureAt: string | null;
  lastFailure: string | null;
}

/** The mail status (null until loaded or when it cannot be read) and a way to read it again. */
export function useMailStatus(): [MailStatus | null, () => void] {
  const [status, setStatus] = useState<MailStatus | null>(null);
  const load = () => { get<MailStatus>('/mail/status').then(setStatus).catch(() => setStatus(null)); };
  useEffect(load, []);
  return [status, load];
}
