// Chat text (HTML-escaped by the server) as text nodes, with web links made into safe links.
import { pieces } from '../lib/chatText';

export function MessageText({ value }: { value: string }) {
  return <>{pieces(value).map((p, i) => p.kind === 'link'
    ? <a key={i} href={p.href} target="_blank" rel="noopener noreferrer nofollow ugc">{p.text}</a>
    : <span key={i}>{p.text}</span>)}</>;
}
