import { describe, expect, it } from 'vitest';
import { segmentsAfter, transparentOf } from './page';

describe('page addresses', () => {
  it('reads the slugs after a prefix', () => {
    expect(segmentsAfter('e', '/e/conf/main/chat')).toEqual(['conf', 'main', 'chat']);
    expect(segmentsAfter('embed', '/embed/conf/main')).toEqual(['conf', 'main']);
    expect(segmentsAfter('embed', '/e/conf/main')).toEqual([]);
  });

  it('asks for a transparent background with ?transparent=1 or true only', () => {
    expect(transparentOf('?transparent=1')).toBe(true);
    expect(transparentOf('?x=2&transparent=true')).toBe(true);
    expect(transparentOf('?transparent=0')).toBe(false);
    expect(transparentOf('')).toBe(false);
  });
});
