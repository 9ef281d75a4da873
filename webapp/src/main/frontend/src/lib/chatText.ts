// Chat text arrives HTML-escaped (the server made any HTML inert). Shown as text, with web links made
// into links: the text is decoded and only ever inserted as text nodes and safe https/http hrefs.

export type Piece = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string };

function decode(escaped: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = escaped;
  return area.value;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** The message as text and link pieces. */
export function pieces(escaped: string): Piece[] {
  const text = decode(escaped);
  const out: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    out.push({ kind: 'link', href: match[0], text: match[0] });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
