// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyBranding, brandingVars, contrastRatio, normalColor, readableOn } from './branding';

describe('colours', () => {
  it('has WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 3);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
  });

  it('reads white on dark accents and black on light ones', () => {
    expect(readableOn('#5b3df5')).toBe('#ffffff');
    expect(readableOn('#ffcc00')).toBe('#000000');
  });

  it('lets only colours through', () => {
    expect(normalColor('#FC0')).toBe('#ffcc00');
    expect(normalColor(' #0B5FFF ')).toBe('#0b5fff');
    expect(normalColor('red')).toBeNull();
    expect(normalColor('#000;background:url(x)')).toBeNull();
    expect(normalColor(undefined)).toBeNull();
  });
});

describe('branding variables', () => {
  it('sets nothing without colours', () => {
    expect(brandingVars(null)).toEqual({});
    expect(brandingVars({ logoUrl: '/x', about: 'Hi' })).toEqual({});
  });

  it('takes an accent with a white page and a readable button text', () => {
    const vars = brandingVars({ accent: '#0b5fff' });
    expect(vars['--accent']).toBe('#0b5fff');
    expect(vars['--accent-fg']).toBe('#ffffff');
    expect(vars['--bg']).toBe('#ffffff');
    expect(vars['color-scheme']).toBe('light');
  });

  it('switches to the dark scheme on a dark background', () => {
    const vars = brandingVars({ accent: '#ffcc00', background: '#101018', text: '#f0f0f0' });
    expect(vars['color-scheme']).toBe('dark');
    expect(vars['--fg']).toBe('#f0f0f0');
    expect(vars['--accent-fg']).toBe('#000000');
  });

  it('drops what is not a colour', () => {
    expect(brandingVars({ accent: 'expression(alert(1))' })).toEqual({});
  });
});

describe('applyBranding', () => {
  it('sets the variables on the page and takes them off again', () => {
    const root = document.createElement('div');
    root.style.setProperty('--accent', '#123456');
    const undo = applyBranding({ branding: { accent: '#0b5fff' } }, root);
    expect(root.style.getPropertyValue('--accent')).toBe('#0b5fff');
    expect(root.dataset.branded).toBe('true');
    undo();
    expect(root.style.getPropertyValue('--accent')).toBe('#123456');
    expect(root.style.getPropertyValue('--bg')).toBe('');
    expect(root.dataset.branded).toBeUndefined();
  });
});
