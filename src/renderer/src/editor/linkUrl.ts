export type LinkUrlResult = { ok: true; href: string } | { ok: false; message: string };

const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
// A host name with a dot and a letter-only top-level domain, or localhost; then anything.
const BARE_DOMAIN = /^(localhost|([a-z0-9-]+\.)+[a-z]{2,63})(:\d{1,5})?([/?#]\S*)?$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * What the writer typed in the link field, as the link to store: web and email links only
 * (the post's links must be safe to publish), with https:// added to a bare domain and
 * mailto: to an email address.
 */
export function normalizeLinkUrl(input: string): LinkUrlResult {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Type or paste a web address.' };
  if (/\s/.test(text)) return { ok: false, message: 'A web address has no spaces.' };
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  // "localhost:8080" reads as a scheme; it is a host with a port.
  if (scheme && !/^localhost:\d/i.test(text)) {
    if (!ALLOWED_SCHEMES.has(scheme)) return { ok: false, message: 'Only web (http, https) and email (mailto) links can be published.' };
    return parsed(text, scheme);
  }
  if (EMAIL.test(text)) return parsed(`mailto:${text}`, 'mailto');
  if (text.startsWith('//')) return parsed(`https:${text}`, 'https');
  if (BARE_DOMAIN.test(text)) return parsed(`https://${text}`, 'https');
  return { ok: false, message: 'That does not look like a web address (e.g. example.com).' };
}

function parsed(candidate: string, scheme: string): LinkUrlResult {
  try {
    const url = new URL(candidate);
    if (scheme === 'mailto') {
      return EMAIL.test(decodeURIComponent(url.pathname)) ? { ok: true, href: candidate } : { ok: false, message: 'That email address is not complete.' };
    }
    if (!url.hostname) return { ok: false, message: 'The address needs a site name.' };
    return { ok: true, href: url.href === `${candidate}/` ? candidate : url.href };
  } catch {
    return { ok: false, message: 'That does not look like a web address (e.g. example.com).' };
  }
}
