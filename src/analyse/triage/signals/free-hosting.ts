/**
 * @module analyse/triage/signals/free-hosting
 * Links to a page on a platform where anyone can publish under a sub-domain of the platform's
 * name (`docs-secure-viewer.web.app`, `*.pages.dev`, `*.weebly.com`, tunnels, dynamic DNS): a
 * phishing kit needs no domain of its own there, and the platform's name borrows its reputation.
 * The list is the impersonation analyser's (`data/impersonation/free-hosting.txt`), minus the
 * blogs, CDNs and document hosts that ordinary mail links to every day.
 */
import { hostingSuffix } from '../../impersonation/hosting.js';

/**
 * Suffixes of the shared list that do not count here: newsletters, receipts and mailing lists
 * link to blogs, CDN assets and shared documents all the time, so a link there says nothing about
 * the message (the impersonation analyser still flags a brand name on them).
 */
const EVERYDAY_PLATFORMS: ReadonlySet<string> = new Set([
  'wordpress.com',
  'blogspot.com',
  'blogger.com',
  'tumblr.com',
  'medium.com',
  'github.io',
  'gitlab.io',
  'gitbook.io',
  'cloudfront.net',
  'amazonaws.com',
  's3.amazonaws.com',
  'azureedge.net',
]);

/**
 * Labels right under a platform's suffix that name the platform's own site, not a publisher's
 * (`www.netlify.com`, `app.netlify.com`, `support.wix.com`): its notification mail links there.
 */
const VENDOR_LABELS: ReadonlySet<string> = new Set([
  'www',
  'app',
  'apps',
  'docs',
  'help',
  'support',
  'blog',
  'status',
  'community',
  'dashboard',
  'console',
  'manage',
  'api',
  'developers',
  'news',
]);

/**
 * The platform suffix when `host` is a publisher's sub-domain on free hosting (`x.web.app` →
 * `web.app`); undefined for other hosts, for the platform's own hosts (`sites.google.com`, where
 * the publisher only picks a path; `www.netlify.com`) and for the everyday platforms above.
 */
export function freeHostingPlatform(host: string): string | undefined {
  const suffix = hostingSuffix(host);
  if (suffix === undefined || suffix === host || EVERYDAY_PLATFORMS.has(suffix)) return undefined;
  const under = host.slice(0, host.length - suffix.length - 1);
  const label = under.slice(under.lastIndexOf('.') + 1);
  return VENDOR_LABELS.has(label) ? undefined : suffix;
}
