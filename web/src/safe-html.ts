/**
 * Turns hostile e-mail HTML into an inert DOM fragment for the message view.
 *
 * Layers (any one failing leaves the others):
 * 1. DOMPurify with an allow-list profile: no scripts, handlers, forms, frames, SVG/MathML,
 *    styles, classes or ids (no CSS tricks, no clobbering of our own page).
 * 2. Every link becomes plain text: the shown text, then the REAL target, defanged, in a marked
 *    span; nothing is clickable. A shown URL that differs from the real host is flagged.
 * 3. Every non-`data:` image becomes a "remote image blocked" placeholder, so opening evidence
 *    never tells the sender it was read (tracking pixels).
 * 4. The server's CSP (`script-src 'self'`, `img-src 'self' data:`) would still stop anything
 *    that got through.
 */
import DOMPurify from 'dompurify';
import { defang, hostOf } from './defang';

export interface SafeLink {
  text: string;
  target: string;
  mismatch: boolean;
}

export interface SafeHtml {
  fragment: DocumentFragment;
  links: SafeLink[];
  blockedImages: string[];
}

const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'svg', 'math', 'video', 'audio', 'source', 'track', 'template', 'dialog', 'portal', 'noscript'];
const FORBID_ATTR = ['style', 'class', 'id', 'name', 'srcset', 'background', 'poster', 'formaction', 'action', 'ping', 'lowsrc', 'dynsrc', 'xlink:href', 'target', 'usemap'];

export function sanitiseEmailHtml(html: string, verdictLabel: (target: string) => string): SafeHtml {
  const purifier = DOMPurify(window);
  const fragment = purifier.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    WHOLE_DOCUMENT: false,
    RETURN_DOM_FRAGMENT: true,
    USE_PROFILES: { html: true },
  }) as DocumentFragment;
  const doc = fragment.ownerDocument ?? document;
  const links: SafeLink[] = [];
  const blockedImages: string[] = [];

  for (const a of Array.from(fragment.querySelectorAll('a, area'))) {
    const target = a.getAttribute('href') ?? '';
    const text = (a.textContent ?? '').trim();
    const shownHost = /^[a-z]+:\/\//i.test(text) || /^www\./i.test(text) ? hostOf(text.startsWith('www.') ? `http://${text}` : text) : null;
    const realHost = hostOf(target);
    const mismatch = shownHost !== null && realHost !== null && shownHost !== realHost;
    links.push({ text, target, mismatch });
    const span = doc.createElement('span');
    span.className = mismatch ? 'dn-link dn-link-mismatch' : 'dn-link';
    span.setAttribute('title', `Real target: ${defang(target) || '(none)'}\n${verdictLabel(target)}${mismatch ? '\nWARNING: the text shows a different address' : ''}`);
    span.setAttribute('data-target', defang(target));
    const shown = doc.createElement('span');
    shown.className = 'dn-link-text';
    shown.textContent = text || '(no text)';
    const real = doc.createElement('span');
    real.className = 'dn-link-target';
    real.textContent = ` ⟶ ${defang(target) || '(no target)'}`;
    span.append(shown, real);
    a.replaceWith(span);
  }

  for (const img of Array.from(fragment.querySelectorAll('img, image, picture'))) {
    const src = img.getAttribute('src') ?? '';
    if (/^data:image\/(png|gif|jpe?g|webp);/i.test(src)) continue;
    blockedImages.push(src);
    const ph = doc.createElement('span');
    ph.className = 'dn-img-blocked';
    ph.textContent = `[remote image blocked: ${defang(src) || 'no source'}]`;
    img.replaceWith(ph);
  }

  // Belt and braces: no attribute anywhere may still point outside.
  for (const el of Array.from(fragment.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || ['href', 'src', 'action', 'cite', 'longdesc', 'data'].includes(name)) {
        if (!(name === 'src' && /^data:image\//i.test(attr.value))) el.removeAttribute(attr.name);
      }
    }
  }
  return { fragment, links, blockedImages };
}
