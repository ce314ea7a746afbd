/**
 * @module analyse/triage/signals/reference-label
 * A number the text labels as a reference right before it: "UPI Ref No 634512345678", "Order
 * #991-4958216", "account number 400-939134", "Kundennummer: 0123 456789". Such a number is
 * neither a phone to call nor a way to act: Indian bank notices print a 12-digit UPI reference in
 * every debit and credit alert, and read as a phone it made the alert look like a lure (`scam`
 * 0.99) and kept it from counting as a notice (`notice.ts`).
 */

// Labels of references and accounts, in the Latin-script banking words of the lexicon languages;
// a label for a phone ("call", "tel", "helpline", "customer care") is none of these.
const REFERENCE_LABEL_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[
    'ref',
    'reference',
    'utr',
    'rrn',
    'txn',
    'transaction',
    'order',
    'invoice',
    'tracking',
    'awb',
    'a/c',
    'acct',
    'account',
    'policy',
    'ticket',
    'referenz',
    'kundennummer',
    'rechnungsnummer',
    'bestellnummer',
    'sendungsnummer',
    'auftragsnummer',
    'vorgangsnummer',
    'kontonummer',
    'référence',
    'commande',
    'facture',
    'referencia',
    'pedido',
    'factura',
    'riferimento',
    'ordine',
    'fattura',
    'referência',
    'fatura',
    'referentie',
    'bestelnummer',
    'factuurnummer',
    'referinţa',
    'referința',
    'comanda',
    'comandă',
    'zamówienia',
    'faktury',
  ].join('|')})(?:\s*(?:no|nr|num|number|id|n°|nº|#))?\.?\s*[:#.-]?\s*$`,
  'iu',
);

// How far before a number its label may start: "Transaction Ref No.: " is 21 characters.
const LABEL_WINDOW = 32;

/** True when the number starting at `start` in `text` has a reference or account label right before it. */
export function labelledReference(text: string, start: number): boolean {
  return REFERENCE_LABEL_RE.test(text.slice(Math.max(0, start - LABEL_WINDOW), start));
}
