// Audience interaction in the console (issue 17), pure: the API's shapes for a stage's settings, questions
// and polls, how the Q&A queue is grouped for moderators, and how the forms read what organizers type
// (the reaction set, a poll's draft), so the Interaction tab's logic is tested without a server.

/** A stage's interaction settings: `GET|PUT /stages/{id}/interaction`. */
export interface InteractionSettings {
  qa: { enabled: boolean; premoderated: boolean; anonymous: boolean; locked: boolean };
  polls: { enabled: boolean };
  reactions: { enabled: boolean; set: string[] };
}

/** A question as `GET /stages/{id}/questions` lists it; `author` is null when asked anonymously. */
export interface Question {
  id: string | number;
  text: string;
  author: { id: string; name: string } | null;
  votes: number;
  answered: boolean;
  pinned: boolean;
  hidden: boolean;
  approved: boolean;
  createdAt: string;
}

export type PollState = 'draft' | 'open' | 'closed';

/** A poll as `GET /stages/{id}/polls` lists it: `counts` per option, `total` voters. */
export interface Poll {
  id: string | number;
  question: string;
  options: string[];
  multiple: boolean;
  changeable: boolean;
  resultsLive: boolean;
  state: PollState;
  counts: number[];
  total: number;
}

/** What `POST /stages/{id}/polls` takes. */
export interface PollDraft {
  question: string;
  options: string[];
  multiple: boolean;
  changeable: boolean;
  resultsLive: boolean;
}

export const DEFAULT_REACTIONS = ['👏', '❤️', '😂', '🎉', '😮', '👍'];

/** What a stage has before an organizer changes anything: Q&A and polls off, reactions on. */
export const DEFAULT_SETTINGS: InteractionSettings = {
  qa: { enabled: false, premoderated: false, anonymous: false, locked: false },
  polls: { enabled: false },
  reactions: { enabled: true, set: DEFAULT_REACTIONS },
};

/** How often the queue and open polls' results are reloaded, in milliseconds. */
export const REFRESH_MS = 3000;
export const MAX_REACTIONS = 12;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;
export const QUESTION_MAX = 500;
export const OPTION_MAX = 200;

/** The settings with every field present (the server may leave out what it has no value for). */
export function completeSettings(s: Partial<InteractionSettings> | null | undefined): InteractionSettings {
  return {
    qa: { ...DEFAULT_SETTINGS.qa, ...s?.qa },
    polls: { ...DEFAULT_SETTINGS.polls, ...s?.polls },
    reactions: { ...DEFAULT_SETTINGS.reactions, ...s?.reactions },
  };
}

const PICTURE = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/**
 * The reaction set as typed ("👏 ❤️ 👍🏽", spaces optional): each emoji one grapheme (a skin tone or a
 * flag stays whole), 1 to 12 of them, no letters, none twice; or the sentence saying what is wrong.
 */
export function readReactionSet(text: string): { set: string[] } | { error: string } {
  const found = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)]
    .map((s) => s.segment).filter((g) => g.trim() !== '');
  if (found.length === 0) return { error: 'Give at least one emoji.' };
  const notEmoji = found.find((g) => !PICTURE.test(g));
  if (notEmoji) return { error: `"${notEmoji}" is not an emoji: reactions are emoji only.` };
  const twice = found.find((g, i) => found.indexOf(g) !== i);
  if (twice) return { error: `${twice} is in the set twice.` };
  if (found.length > MAX_REACTIONS) return { error: `At most ${MAX_REACTIONS} emoji: this set has ${found.length}.` };
  return { set: found };
}

/** A set as the form shows it: the emoji with a space between them. */
export const reactionText = (set: string[]) => set.join(' ');

/** The queue's order: most votes first, then the oldest first. */
export function byVotes(a: Question, b: Question): number {
  return b.votes - a.votes || Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

/** The queue as moderators see it, each group in the queue's order. */
export interface QueueGroups {
  /** the question being answered, shown over the player */
  pinned: Question | null;
  /** pre-moderated questions nobody approved yet: only leaders see them */
  waiting: Question[];
  /** what attendees see, not yet answered */
  open: Question[];
  answered: Question[];
  hidden: Question[];
}

export function groupQueue(questions: Question[]): QueueGroups {
  const sorted = [...questions].sort(byVotes);
  const shown = sorted.filter((q) => !q.hidden);
  return {
    pinned: shown.find((q) => q.pinned) ?? null,
    waiting: shown.filter((q) => !q.approved && !q.pinned),
    open: shown.filter((q) => q.approved && !q.answered && !q.pinned),
    answered: shown.filter((q) => q.approved && q.answered && !q.pinned),
    hidden: sorted.filter((q) => q.hidden),
  };
}

/** "Asked by Ana" / "Asked anonymously", with the votes: how a question's line names its origin. */
export function askedBy(q: Question): string {
  const votes = q.votes === 1 ? '1 vote' : `${q.votes} votes`;
  return `${q.author ? `Asked by ${q.author.name}` : 'Asked anonymously'} · ${votes}`;
}

/** A poll form's draft as the API takes it, or the errors per field (`question`, `options`). */
export function readPollDraft(d: PollDraft): { body: PollDraft } | { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const question = d.question.trim();
  const options = d.options.map((o) => o.trim());
  if (question === '') fields.question = 'Write the question people vote on.';
  else if (question.length > QUESTION_MAX) fields.question = `At most ${QUESTION_MAX} characters.`;
  const given = options.filter((o) => o !== '');
  if (given.length < MIN_OPTIONS) fields.options = `Give at least ${MIN_OPTIONS} options.`;
  else if (given.length > MAX_OPTIONS) fields.options = `At most ${MAX_OPTIONS} options.`;
  else if (given.some((o) => o.length > OPTION_MAX)) fields.options = `An option has at most ${OPTION_MAX} characters.`;
  else {
    const twice = given.find((o, i) => given.findIndex((x) => x.toLowerCase() === o.toLowerCase()) !== i);
    if (twice) fields.options = `"${twice}" is there twice.`;
  }
  if (Object.keys(fields).length > 0) return { fields };
  return { body: { question, options: given, multiple: d.multiple, changeable: d.changeable, resultsLive: d.resultsLive } };
}

/** An option's share of the voters, rounded to whole percent (0 with no voter). */
export function percent(count: number, total: number): number {
  return total > 0 ? Math.round((count / total) * 100) : 0;
}

/** A poll's rules in words: "Single choice · votes can be changed · results shown live". */
export function pollRules(p: Pick<Poll, 'multiple' | 'changeable' | 'resultsLive'>): string {
  return [p.multiple ? 'Multiple choice' : 'Single choice',
    p.changeable ? 'votes can be changed while open' : 'votes are final',
    p.resultsLive ? 'results shown live' : 'results shown after closing'].join(' · ');
}

export const STATE_LABEL: Record<PollState, string> = { draft: 'Draft', open: 'Open', closed: 'Closed' };

/** The open poll of a list, if any (the server keeps at most one open per stage). */
export const openPoll = (polls: Poll[]) => polls.find((p) => p.state === 'open') ?? null;

/** Where organizers download the CSV files (plain links: the session cookie goes along). */
export const questionsCsv = (stageId: number) => `/api/v1/stages/${stageId}/questions/export`;
export const pollCsv = (pollId: Poll['id']) => `/api/v1/polls/${encodeURIComponent(String(pollId))}/export`;

/** A question's or poll's id in a path. */
export const idPath = (id: string | number) => encodeURIComponent(String(id));
