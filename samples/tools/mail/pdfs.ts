/**
 * @module samples/tools/mail/pdfs
 * The two small PDF attachments: a legitimate supplier invoice and the lure PDF of the phishing
 * .eml (a "Rechnung" whose only content is a link to a credential page). No scripts, no forms.
 */
import { createHash } from 'node:crypto';
import { ibanPaper } from '../lib/iban.js';
import { makePdf } from '../lib/pdf.js';
import { IBAN } from './infra.js';

/** Legitimate invoice from the fictional supplier Mueller Verpackungen GmbH. */
export function legitInvoicePdf(): Buffer {
  return makePdf([
    'Mueller Verpackungen GmbH - Rechnung Nr. RE-2026-0188',
    'Datum: 16.02.2026   Kunde: Nordwind Logistik GmbH (KD 10442)',
    '400 x Faltkarton 600x400x400, 2-wellig       1.240,00 EUR',
    'Netto 1.240,00 EUR  USt 19% 235,60 EUR  Gesamt 1.475,60 EUR',
    `Zahlbar bis 02.03.2026 auf IBAN ${ibanPaper(IBAN.supplier)}`,
  ]);
}

/** The phishing lure: "open the invoice online" pointing at the credential page. */
export function lurePdf(): Buffer {
  return makePdf([
    'Rechnung Nr. 2026-0417',
    'Ihre Rechnung ist geschuetzt. Bitte melden Sie sich mit Ihrem',
    'Microsoft-365-Konto an, um das Dokument anzuzeigen:',
    'https://docs-secure-viewer.web.app/o365/login?doc=2026-0417',
  ]);
}

/** Hex SHA-256 (quoted in the CERT advisory as an indicator). */
export function sha256Hex(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}
