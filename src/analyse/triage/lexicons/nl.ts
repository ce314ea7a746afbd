/** @module analyse/triage/lexicons/nl — Dutch cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const nl: Lexicon = {
  credential: ['wachtwoord', 'inloggen', 'inloggegevens', 'gebruikersnaam', 'pincode', 'beveiligingscode', 'verificatiecode', 'kaartnummer', 'bankgegevens', 'rekeningnummer'],
  account: ['uw account', 'je account', 'uw rekening', 'verifiëren', 'verifieer', 'bevestig', 'bevestigen', 'bijwerken', 'identiteit', 'ongebruikelijke activiteit', 'verdachte activiteit', 'onbevoegd*'],
  urgency: ['dringend', 'onmiddellijk', 'direct', 'binnen 24 uur', 'verloopt', 'laatste kans', 'laatste herinnering', 'alleen vandaag', 'nu'],
  threat: ['geblokkeerd', 'opgeschort', 'gedeactiveerd', 'afgesloten', 'beperkt', 'juridische stappen', 'boete', 'arrestatie', 'incasso', 'aanmaning'],
  payment: ['betaling', 'betalen', 'kosten', 'factuur', 'overschrijving', 'overmaken', 'terugbetaling', 'cadeaukaart', 'openstaand bedrag', 'belasting', 'tikkie'],
  prize: ['gefeliciteerd', 'gewonnen', 'winnaar', 'prijs', 'beloning', 'loterij', 'erfenis', 'miljoen', 'geselecteerd', 'gratis'],
  marketing: ['aanbieding', 'korting', 'uitverkoop', 'afmelden', 'uitschrijven', 'nieuwsbrief', 'koop nu', 'bestel nu', 'bespaar', 'kortingscode', 'klik hier'],
  delivery: ['pakket', 'zending', 'bezorging', 'levering', 'douane', 'track', 'postnl'],
  investment: ['investering', 'beleggen', 'winst', 'rendement', 'bitcoin', 'crypto', 'handelen', 'gegarandeerd', 'inkomen'],
  contact: ['bel', 'bel ons', 'antwoord', 'reageer', 'whatsapp', 'neem contact op'],
};
