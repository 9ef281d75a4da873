// The address (slug) of an event or stage: the rule the server checks, made from a title, and the
// help under the field, which previews the page address only once the address is valid.

/** Lower-case words joined by single dashes, as the server requires. */
export const ADDRESS_RULE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ADDRESS_MAX = 64;

/** "HackConf 2026!" → "hackconf-2026". */
export function slugify(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').slice(0, ADDRESS_MAX).replace(/^-+|-+$/g, '');
}

export function isAddress(slug: string): boolean {
  return slug.length <= ADDRESS_MAX && ADDRESS_RULE.test(slug);
}

/** The help under an address field: where the page will be when valid, else what a valid address looks like. */
export function addressHelp(slug: string, pageAt: (slug: string) => string): string {
  return isAddress(slug) ? pageAt(slug)
    : 'Lower-case letters and digits, words joined by single dashes (like main-hall).';
}
