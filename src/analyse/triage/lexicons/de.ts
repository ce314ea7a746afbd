/** @module analyse/triage/lexicons/de — German cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const de: Lexicon = {
  credential: ['passwort', 'kennwort', 'anmelden', 'anmeldung', 'login', 'benutzername', 'pin', 'tan', 'sicherheitscode', 'bestätigungscode', 'kartennummer', 'kontonummer', 'bankdaten', 'zugangsdaten'],
  account: ['ihr konto', 'dein konto', 'verifizier*', 'bestätigen sie', 'bestätige', 'aktualisieren', 'identität', 'ungewöhnliche aktivität', 'verdächtige', 'unbefugt*', 'postfach'],
  urgency: ['dringend', 'sofort', 'umgehend', 'innerhalb von 24 stunden', 'läuft ab', 'letzte chance', 'letzte mahnung', 'nur heute', 'jetzt', 'frist', 'unverzüglich'],
  threat: ['gesperrt', 'sperrung', 'deaktiviert', 'eingeschränkt', 'gekündigt', 'geschlossen', 'rechtliche schritte', 'strafe', 'bußgeld', 'verhaftung', 'mahnung', 'inkasso'],
  payment: ['zahlung', 'bezahlen', 'zahlen', 'gebühr', 'rechnung', 'überweisung', 'überweisen', 'rückerstattung', 'gutschein', 'offener betrag', 'steuer', 'einzahlung'],
  prize: ['glückwunsch', 'herzlichen glückwunsch', 'gewonnen', 'gewinner', 'gewinn', 'preis', 'belohnung', 'lotterie', 'erbschaft', 'millionen', 'ausgewählt', 'gratis', 'kostenlos'],
  marketing: ['angebot', 'rabatt', 'sonderangebot', 'abbestellen', 'abmelden', 'newsletter', 'jetzt kaufen', 'bestellen', 'sparen', 'gutscheincode', 'aktion', 'hier klicken'],
  delivery: ['paket', 'sendung', 'zustellung', 'lieferung', 'zoll', 'zollgebühr', 'sendungsverfolgung', 'dhl', 'hermes'],
  investment: ['investition', 'investieren', 'gewinne', 'rendite', 'bitcoin', 'krypto', 'handel', 'garantiert', 'einkommen', 'verdienen', 'geschäftsvorschlag'],
  contact: ['rufen sie', 'ruf an', 'anrufen', 'antworten', 'antworte', 'whatsapp', 'sms', 'kontaktieren sie', 'schicke stop'],
};
