/** @module analyse/triage/lexicons/ro — Romanian cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const ro: Lexicon = {
  credential: ['parola', 'parolă', 'autentificare', 'conectare', 'nume de utilizator', 'cod pin', 'cod de verificare', 'cod de securitate', 'numărul cardului', 'date bancare'],
  account: ['contul dumneavoastră', 'contul tău', 'contul', 'verifica', 'verificați', 'confirmați', 'confirmă', 'actualizați', 'identitate', 'activitate suspectă', 'neautorizat*'],
  urgency: ['urgent', 'imediat', 'în 24 de ore', 'expiră', 'ultima șansă', 'ultimul avertisment', 'doar azi', 'acum'],
  threat: ['suspendat', 'blocat', 'dezactivat', 'închis', 'acțiuni legale', 'amendă', 'arestare', 'penalitate', 'restricționat'],
  payment: ['plată', 'plătiți', 'taxă', 'factură', 'transfer', 'rambursare', 'card cadou', 'sold restant', 'impozit', 'depunere'],
  prize: ['felicitări', 'ați câștigat', 'ai câștigat', 'câștigător', 'premiu', 'recompensă', 'loterie', 'moștenire', 'milioane', 'selectat', 'gratuit'],
  marketing: ['ofertă', 'reducere', 'promoție', 'dezabonare', 'dezabonați', 'newsletter', 'cumpără acum', 'comandă', 'economisiți', 'apăsați aici'],
  delivery: ['colet', 'livrare', 'expediere', 'vamă', 'taxă vamală', 'urmărire', 'curier', 'fan courier'],
  investment: ['investiție', 'investiți', 'profit', 'randament', 'bitcoin', 'cripto', 'tranzacționare', 'garantat', 'venit'],
  contact: ['sunați', 'sună', 'răspundeți', 'whatsapp', 'contactați'],
};
