import { describe, expect, it } from 'vitest';
import { addressHelp, isAddress, slugify } from './address';

describe('addresses', () => {
  it('makes an address from a title', () => {
    expect(slugify('HackConf 2026!')).toBe('hackconf-2026');
    expect(slugify('  Café  Hall ')).toBe('cafe-hall');
    expect(isAddress(slugify('x'.repeat(63) + ' y'))).toBe(true);
  });

  it('previews the page only for a valid address', () => {
    const at = (s: string) => `Watched at /e/devdays/${s}`;
    expect(addressHelp('main-hall', at)).toBe('Watched at /e/devdays/main-hall');
    for (const bad of ['Main Hall', 'main--hall', '-main', '', 'x'.repeat(65)]) {
      expect(isAddress(bad)).toBe(false);
      expect(addressHelp(bad, at)).not.toContain('/e/');
    }
  });
});
