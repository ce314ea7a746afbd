/** @module analyse/triage/lexicons/it — Italian cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const it: Lexicon = {
  credential: ['password', 'credenziali', 'nome utente', 'accedi', 'accesso', 'codice di sicurezza', 'codice di verifica', 'numero della carta', 'dati bancari', 'pin', 'otp'],
  account: ['il tuo account', 'il suo conto', 'tuo conto', 'verifica', 'verificare', 'conferma', 'confermare', 'aggiorna', 'aggiornare', 'identità', 'attività sospetta', 'attività insolita', 'non autorizzato'],
  urgency: ['urgente', 'immediatamente', 'entro 24 ore', 'scade', 'ultima possibilità', 'ultimo avviso', 'solo oggi', 'subito', 'ora'],
  threat: ['sospeso', 'sospensione', 'bloccato', 'disattivato', 'chiuso', 'azioni legali', 'multa', 'arresto', 'sanzione', 'limitato'],
  payment: ['pagamento', 'pagare', 'commissione', 'fattura', 'bonifico', 'rimborso', 'carta regalo', 'saldo', 'tasse', 'deposito'],
  prize: ['congratulazioni', 'hai vinto', 'ha vinto', 'vincitore', 'premio', 'ricompensa', 'lotteria', 'eredità', 'milioni', 'selezionato', 'gratis', 'omaggio'],
  marketing: ['offerta', 'sconto', 'saldi', 'promozione', 'disiscriviti', 'annulla iscrizione', 'newsletter', 'acquista ora', 'risparmia', 'coupon', 'clicca qui'],
  delivery: ['pacco', 'spedizione', 'consegna', 'dogana', 'tracciamento', 'corriere', 'poste italiane'],
  investment: ['investimento', 'investire', 'profitto', 'rendimento', 'bitcoin', 'cripto', 'trading', 'garantito', 'guadagno', 'guadagnare'],
  contact: ['chiama', 'chiami', 'rispondi', 'risponda', 'whatsapp', 'contattaci'],
};
