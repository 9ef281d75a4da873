import { describe, expect, it } from 'vitest';
import { pieces } from './chatText';

describe('chat text', () => {
  it('decodes what the server escaped, as text', () => {
    expect(pieces('I &lt;3 Java &amp; Kotlin')).toEqual([{ kind: 'text', text: 'I <3 Java & Kotlin' }]);
    expect(pieces('&lt;img src=x onerror=alert(1)&gt;')).toEqual([{ kind: 'text', text: '<img src=x onerror=alert(1)>' }]);
  });

  it('turns web links into links and leaves other schemes as text', () => {
    expect(pieces('see https://example.org/a?b=1&amp;c=2.')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', href: 'https://example.org/a?b=1&c=2', text: 'https://example.org/a?b=1&c=2' },
      { kind: 'text', text: '.' },
    ]);
    expect(pieces('javascript:alert(1)')).toEqual([{ kind: 'text', text: 'javascript:alert(1)' }]);
  });
});
