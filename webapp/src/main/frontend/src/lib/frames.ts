// Which part of the stage page a frame from the stage socket is for. The chat takes its own frames;
// group chats take group.*; the interactive-stage controls take stage.* (but stage.live, which the
// page itself uses) and party.*, and the errors that answer them; audience interaction (Q&A, polls,
// reactions) takes qa.*, poll.* and reaction.*. Other errors go to the chat, which shows them.

export type FrameTopic = 'chat' | 'live' | 'group' | 'controls' | 'interaction';


export function frameTopic(frame: { type?: unknown; error?: unknown; overflowUrl?: unknown }): FrameTopic {
  const type = typeof frame.type === 'string' ? frame.type : '';
  if (type === 'stage.live') return 'live';
  if (type.startsWith('group.')) return 'group';
  if (type.startsWith('stage.') || type.startsWith('party.')) return 'controls';
  if (/^(qa|poll|reaction)\./.test(type)) return 'interaction';
  if (type === 'error') {
    const code = typeof frame.error === 'string' ? frame.error : '';
    // "full" (the video room has no seat left), or a code named after the controls (stage_*, party_*).
    if (code === 'full' || /^(stage|party)[._]/.test(code) || frame.overflowUrl !== undefined) return 'controls';
  }
  return 'chat';
}
