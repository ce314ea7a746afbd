/**
 * @module samples/tools/mail/campaign-advance
 * Campaign "estate-advance-fee": inheritance / advance-fee fraud, four variants (en, fr, it, pt).
 * Shared: "Barrister Edward Collins", phone +44 20 7946 0958, Reply-To
 * e.collins@collins-estate-chambers.top, claim URL path /claim/<ref>, a "release fee" IBAN,
 * senders in 198.51.100.0/24.
 */
import { ibanPaper } from '../lib/iban.js';
import type { MailSpec } from '../lib/mail-spec.js';
import { badHops, FAIL, IBAN, MX_PRIVATE, NW, PHONE, SOFTFAIL } from './infra.js';

const CAMPAIGN = 'estate-advance-fee';
const REPLY = { name: 'Barrister Edward Collins', addr: 'e.collins@collins-estate-chambers.top' };

/** The four variants. */
export function advanceCampaign(): MailSpec[] {
  return [
    {
      key: 'fee-en',
      kind: 'scam',
      lang: 'en',
      campaign: CAMPAIGN,
      date: '2026-02-08T03:17:26Z',
      from: { name: 'Barrister Edward Collins', addr: 'chambers@estate-legal-office.biz' },
      to: [NW.private],
      replyTo: REPLY,
      returnPath: 'chambers@estate-legal-office.biz',
      subject: 'CONFIDENTIAL: Unclaimed estate of late Mr. Hans Weber (GBP 4,850,000.00)',
      text: `Dear Mr. Weber,

I am Barrister Edward Collins, personal attorney to the late Mr. Hans Weber, a
German national who died intestate in 2023 together with his wife. He left the
sum of GBP 4,850,000.00 (Four Million Eight Hundred and Fifty Thousand Pounds)
with a finance house here in London.

Since you share the same surname, I am contacting you to present you as the
next of kin so that the funds can be released to you. We shall share the sum
60/40. This transaction is 100% risk free and legal.

Kindly reply with your full name, address, telephone number and a copy of your
ID to my private email e.collins@collins-estate-chambers.top or call me on
${PHONE.barrister}. Your case reference is https://collins-estate-claims.top/claim/HW-2291

Yours faithfully,
Barrister Edward Collins, Esq.
`,
      hops: badHops('mail.estate-legal-office.biz', '198.51.100.61', MX_PRIVATE),
      auth: SOFTFAIL,
    },
    {
      key: 'fee-fr',
      kind: 'scam',
      lang: 'fr',
      campaign: CAMPAIGN,
      date: '2026-02-14T05:40:11Z',
      from: { name: 'Maître Edward Collins', addr: 'cabinet@estate-legal-office.biz' },
      to: [NW.laurent],
      replyTo: REPLY,
      returnPath: 'cabinet@estate-legal-office.biz',
      subject: 'Succession non réclamée – votre réponse urgente',
      text: `Cher(e) ami(e),

Je suis Maître Edward Collins, avocat à Londres. Un de mes clients, décédé sans
héritier, a laissé la somme de 4 850 000 GBP sur un compte bloqué. Vous portez
le même nom de famille et je souhaite vous présenter comme bénéficiaire.

Les frais de déblocage (2 450 EUR) doivent être réglés sur le compte suivant :
IBAN ${ibanPaper(IBAN.advanceFee)}

Dossier en ligne : https://collins-estate-claims.top/claim/SL-3318
Téléphone : ${PHONE.barrister}
Répondez uniquement à e.collins@collins-estate-chambers.top

Cordialement,
Me Edward Collins
`,
      hops: badHops('mail.estate-legal-office.biz', '198.51.100.62'),
      auth: FAIL,
    },
    {
      key: 'fee-it',
      kind: 'scam',
      lang: 'it',
      campaign: CAMPAIGN,
      date: '2026-02-21T04:02:37Z',
      from: { name: 'Avv. Edward Collins', addr: 'studio@inheritance-claims-uk.biz' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'studio@inheritance-claims-uk.biz',
      subject: 'Eredità non reclamata: GBP 4.850.000,00',
      text: `Gentile signore/signora,

sono l'avvocato Edward Collins di Londra. Un mio defunto cliente ha lasciato un
deposito di 4.850.000,00 sterline senza eredi. Le propongo di presentarLa come
erede: divideremo la somma al 60/40, in modo del tutto legale e senza rischi.

Per avviare la pratica occorre solo una piccola tassa di sblocco di 2.450 EUR
da versare su: ${IBAN.advanceFee}

Pratica: https://collins-estate-claims.top/claim/IT-7720
Mi contatti al ${PHONE.barrister} o scriva a e.collins@collins-estate-chambers.top

Distinti saluti,
Avv. Edward Collins
`,
      hops: badHops('smtp.inheritance-claims-uk.biz', '198.51.100.61'),
      auth: FAIL,
    },
    {
      key: 'fee-pt',
      kind: 'scam',
      lang: 'pt',
      campaign: CAMPAIGN,
      date: '2026-03-02T02:55:58Z',
      from: { name: 'Dr. Edward Collins', addr: 'escritorio@inheritance-claims-uk.biz' },
      to: [NW.info],
      replyTo: REPLY,
      returnPath: 'escritorio@inheritance-claims-uk.biz',
      subject: 'Herança não reclamada – resposta urgente',
      text: `Prezado(a) senhor(a),

Sou o advogado Edward Collins, de Londres. Um cliente falecido deixou 4.850.000
libras esterlinas sem herdeiros. Gostaria de apresentá-lo(a) como beneficiário(a);
dividiremos o valor 60/40. A transação é legal e sem riscos.

A taxa de liberação de 2.450 EUR deve ser paga para o IBAN:
${ibanPaper(IBAN.advanceFee)}

Processo: https://collins-estate-claims.top/claim/PT-1043
Telefone: ${PHONE.barrister}  |  e-mail: e.collins@collins-estate-chambers.top

Atenciosamente,
Dr. Edward Collins
`,
      hops: badHops('smtp.inheritance-claims-uk.biz', '198.51.100.63'),
      auth: FAIL,
    },
  ];
}
