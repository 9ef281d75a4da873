// Audience interaction on a stage (issue 17): the settings of GET /stages/{id}/interaction, and the
// state the stage page builds from the socket's qa.*, poll.* frames. Pure functions, tested in
// interaction.test.ts; the components only render what these return.

export interface InteractionSettings {
  qa: { enabled: boolean; premoderated?: boolean; anonymous?: boolean; locked?: boolean };
  polls: { enabled: boolean };
  reactions: { enabled: boolean; set: string[] };
}

export interface Question {
  id: string;
  text: string;
  /** Null when asked anonymously. */
  author: { id: string; name: string } | null;
  votes: number;
  answered: boolean;
  pinned: boolean;
  hidden: boolean;
  approved: boolean;
  createdAt: string;
}

export interface Poll {
  id: string;
  question: string;
  options: string[];
  multiple: boolean;
  changeable: boolean;
  resultsLive: boolean;
  state: 'open' | 'closed';
  /** Null until results are shown to this person. */
  counts: number[] | null;
  total: number;
  /** The options this person voted for; null before voting. */
  mine: number[] | null;
}

export interface InteractionState {
  questions: Question[];
  poll: Poll | null;
}

export const EMPTY: InteractionState = { questions: [], poll: null };

type Frame = { type: string } & Record<string, any>;

const id = (value: unknown) => String(value);

/** The queue's order: most votes first, then the oldest; answered questions after the open ones. */
export function compareQuestions(a: Question, b: Question): number {
  if (a.answered !== b.answered) return a.answered ? 1 : -1;
  if (a.votes !== b.votes) return b.votes - a.votes;
  const age = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return age !== 0 ? age : a.id.localeCompare(b.id);
}

export function sortQueue(questions: Question[]): Question[] {
  return [...questions].sort(compareQuestions);
}

/** The question pinned over the player, if any is and it is not hidden. */
export function pinnedQuestion(state: InteractionState): Question | null {
  return state.questions.find((q) => q.pinned && !q.hidden) ?? null;
}

function question(frame: Frame, before?: Question): Question {
  return {
    id: id(frame.id),
    text: typeof frame.text === 'string' ? frame.text : before?.text ?? '',
    author: frame.author === undefined ? before?.author ?? null : frame.author ?? null,
    votes: typeof frame.votes === 'number' ? frame.votes : before?.votes ?? 0,
    answered: frame.answered ?? before?.answered ?? false,
    pinned: frame.pinned ?? before?.pinned ?? false,
    hidden: frame.hidden ?? before?.hidden ?? false,
    approved: frame.approved ?? before?.approved ?? true,
    createdAt: frame.createdAt ?? before?.createdAt ?? new Date(0).toISOString(),
  };
}

function upsert(questions: Question[], frame: Frame): Question[] {
  const key = id(frame.id);
  if (frame.removed) return questions.filter((q) => q.id !== key);
  const before = questions.find((q) => q.id === key);
  const next = question(frame, before);
  // One pinned question at a time: pinning one unpins the others.
  const rest = questions.filter((q) => q.id !== key).map((q) => (next.pinned && q.pinned ? { ...q, pinned: false } : q));
  return sortQueue([...rest, next]);
}

function counts(frame: Frame): number[] | null {
  return Array.isArray(frame.counts) ? frame.counts.map((n: unknown) => Number(n) || 0) : null;
}

function total(frame: Frame, c: number[] | null): number {
  return typeof frame.total === 'number' ? frame.total : (c ?? []).reduce((a, b) => a + b, 0);
}

/** The state after one socket frame; frames of other types (and stale poll frames) leave it as it is. */
export function reduce(state: InteractionState, frame: Frame): InteractionState {
  switch (frame.type) {
    case 'qa.queue':
      return { ...state, questions: sortQueue((Array.isArray(frame.questions) ? frame.questions : []).map((q: Frame) => question(q))) };
    case 'qa.question':
      return { ...state, questions: upsert(state.questions, frame) };
    case 'poll.open': {
      const same = state.poll?.id === id(frame.id) ? state.poll : null;
      return {
        ...state,
        poll: {
          id: id(frame.id), question: String(frame.question ?? ''), options: (frame.options ?? []).map(String),
          multiple: !!frame.multiple, changeable: frame.changeable !== false, resultsLive: frame.resultsLive !== false,
          state: 'open', counts: same?.counts ?? null, total: same?.total ?? 0, mine: same?.mine ?? null,
        },
      };
    }
    case 'poll.results': {
      if (!state.poll || state.poll.id !== id(frame.id)) return state;
      const c = counts(frame);
      return { ...state, poll: { ...state.poll, counts: c, total: total(frame, c) } };
    }
    case 'poll.close': {
      if (!state.poll || state.poll.id !== id(frame.id)) return state;
      const c = counts(frame);
      return { ...state, poll: { ...state.poll, state: 'closed', counts: c ?? state.poll.counts, total: total(frame, c ?? state.poll.counts) } };
    }
    case 'poll.voted': {
      if (!state.poll || state.poll.id !== id(frame.id)) return state;
      return { ...state, poll: { ...state.poll, mine: Array.isArray(frame.options) ? frame.options.map(Number) : [] } };
    }
    default:
      return state;
  }
}

/** Whether this person may (still) vote in the poll: open, and not yet voted unless votes may change. */
export function mayVote(poll: Poll): boolean {
  return poll.state === 'open' && (poll.mine === null || poll.changeable);
}

/** Each option's share of the votes, in whole percent. */
export function shares(poll: Poll): number[] {
  const c = poll.counts ?? poll.options.map(() => 0);
  const sum = poll.total > 0 ? poll.total : c.reduce((a, b) => a + b, 0);
  return c.map((n) => (sum > 0 ? Math.round((n / sum) * 100) : 0));
}
