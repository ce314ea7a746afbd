/**
 * @module bench/campaigns-dataset
 * Committed, seeded generator of a labelled campaign set: scam templates rewritten into many
 * variants (synonyms swapped, sentences reordered and dropped, filler added — what an LLM
 * rewrite does), translated (each theme exists in English, German, French and Spanish), with
 * rotated URLs (fresh domains, same kit path) and per-operation infrastructure (phone, wallet,
 * IBAN, reply-to), plus unrelated messages. Labels are campaign names; unrelated messages are
 * singletons. Synthetic only: no real victims, no real operators.
 */

import { seededRng } from '../src/core/seeded-rng.js';
import type { CampaignMessage } from '../src/graph/campaign-message.js';

export interface LabelledMessage extends CampaignMessage {
  label: string;
}

type Lang = 'en' | 'de' | 'fr' | 'es';
/** A theme: per language, slots of alternative sentences; `{B}` brand, `{U}` URL, `{P}` phone, `{W}` wallet, `{I}` IBAN, `{A}` amount. */
type Theme = Record<Lang, string[][]>;

const THEMES: Theme[] = [
  {
    en: [
      [
        'Your {B} parcel could not be delivered today.',
        'We were unable to deliver your {B} package.',
        'Delivery of your {B} shipment has failed.',
      ],
      [
        'A customs fee of {A} EUR is outstanding.',
        'Please pay the pending shipping charge of {A} EUR.',
        'An unpaid handling fee of {A} EUR remains.',
      ],
      ['Reschedule the delivery here: {U}', 'Confirm your address at {U}', 'Pay and choose a new date: {U}'],
      [
        'Otherwise the parcel returns to the sender in 48 hours.',
        'Unclaimed items are returned after two days.',
      ],
    ],
    de: [
      [
        'Ihr {B} Paket konnte heute nicht zugestellt werden.',
        'Wir konnten Ihre {B} Sendung nicht zustellen.',
      ],
      [
        'Es ist eine Zollgebühr von {A} EUR offen.',
        'Bitte zahlen Sie die ausstehende Versandgebühr von {A} EUR.',
      ],
      ['Neuen Termin wählen: {U}', 'Bestätigen Sie Ihre Adresse unter {U}'],
      ['Sonst geht das Paket in 48 Stunden an den Absender zurück.'],
    ],
    fr: [
      ["Votre colis {B} n'a pas pu être livré aujourd'hui.", "Nous n'avons pas pu livrer votre colis {B}."],
      [
        'Des frais de douane de {A} EUR restent à payer.',
        "Veuillez régler les frais d'expédition de {A} EUR.",
      ],
      ['Reprogrammez la livraison ici : {U}', 'Confirmez votre adresse sur {U}'],
      ["Sinon le colis sera renvoyé à l'expéditeur sous 48 heures."],
    ],
    es: [
      ['Su paquete de {B} no pudo ser entregado hoy.', 'No pudimos entregar su envío de {B}.'],
      ['Tiene pendiente una tasa de aduana de {A} EUR.', 'Pague el cargo de envío pendiente de {A} EUR.'],
      ['Reprograme la entrega aquí: {U}', 'Confirme su dirección en {U}'],
      ['De lo contrario el paquete volverá al remitente en 48 horas.'],
    ],
  },
  {
    en: [
      [
        'Dear customer, your {B} account has been temporarily suspended.',
        'We detected unusual sign-in activity on your {B} account.',
        'Your {B} online banking access has been locked.',
      ],
      [
        'To restore access you must verify your identity.',
        'Please confirm your personal details to avoid closure.',
        'Verification is required within 24 hours.',
      ],
      ['Log in securely: {U}', 'Verify now at {U}', 'Use this secure link: {U}'],
      ['If you need help call our security team on {P}.', 'Questions? Contact us at {P}.'],
    ],
    de: [
      [
        'Sehr geehrter Kunde, Ihr {B} Konto wurde vorübergehend gesperrt.',
        'Wir haben ungewöhnliche Anmeldeaktivitäten auf Ihrem {B} Konto festgestellt.',
      ],
      [
        'Um den Zugang wiederherzustellen, müssen Sie Ihre Identität bestätigen.',
        'Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden.',
      ],
      ['Sicher anmelden: {U}', 'Jetzt bestätigen unter {U}'],
      ['Bei Fragen erreichen Sie unser Sicherheitsteam unter {P}.'],
    ],
    fr: [
      [
        'Cher client, votre compte {B} a été temporairement suspendu.',
        'Nous avons détecté une connexion inhabituelle sur votre compte {B}.',
      ],
      [
        "Pour rétablir l'accès, vous devez vérifier votre identité.",
        'Veuillez confirmer vos informations sous 24 heures.',
      ],
      ['Connectez-vous en toute sécurité : {U}', 'Vérifiez maintenant sur {U}'],
      ['Pour toute aide, appelez notre service sécurité au {P}.'],
    ],
    es: [
      [
        'Estimado cliente, su cuenta de {B} ha sido suspendida temporalmente.',
        'Detectamos un inicio de sesión inusual en su cuenta de {B}.',
      ],
      [
        'Para restablecer el acceso debe verificar su identidad.',
        'Confirme sus datos en un plazo de 24 horas.',
      ],
      ['Acceda de forma segura: {U}', 'Verifique ahora en {U}'],
      ['Si necesita ayuda llame a nuestro equipo de seguridad al {P}.'],
    ],
  },
  {
    en: [
      [
        'Invest with {B} and earn up to {A} percent every week.',
        "Our {B} trading bot doubled our members' money this month.",
        'Join {B}, the crypto platform that pays {A} percent weekly.',
      ],
      [
        'Minimum deposit is only 250 USDT.',
        'Start with a small deposit and watch it grow.',
        'Withdraw your profits at any time.',
      ],
      ['Send your deposit to wallet {W}', 'Fund your account by sending to {W}', 'Deposit address: {W}'],
      ['Register here: {U}', 'Details and sign-up: {U}'],
    ],
    de: [
      [
        'Investieren Sie mit {B} und verdienen Sie bis zu {A} Prozent pro Woche.',
        'Unser {B} Trading-Bot hat das Geld unserer Mitglieder verdoppelt.',
      ],
      ['Die Mindesteinzahlung beträgt nur 250 USDT.', 'Gewinne können jederzeit ausgezahlt werden.'],
      ['Senden Sie Ihre Einzahlung an die Wallet {W}', 'Einzahlungsadresse: {W}'],
      ['Hier registrieren: {U}'],
    ],
    fr: [
      [
        "Investissez avec {B} et gagnez jusqu'à {A} pour cent par semaine.",
        "Notre robot de trading {B} a doublé l'argent de nos membres.",
      ],
      ['Le dépôt minimum est de seulement 250 USDT.', 'Retirez vos gains à tout moment.'],
      ['Envoyez votre dépôt au portefeuille {W}', 'Adresse de dépôt : {W}'],
      ['Inscrivez-vous ici : {U}'],
    ],
    es: [
      [
        'Invierta con {B} y gane hasta un {A} por ciento cada semana.',
        'Nuestro bot de trading {B} duplicó el dinero de nuestros miembros.',
      ],
      ['El depósito mínimo es de solo 250 USDT.', 'Retire sus ganancias en cualquier momento.'],
      ['Envíe su depósito a la cartera {W}', 'Dirección de depósito: {W}'],
      ['Regístrese aquí: {U}'],
    ],
  },
  {
    en: [
      [
        'Good news: you are eligible for a tax refund of {A} EUR from {B}.',
        '{B} owes you a refund of {A} EUR after recalculation.',
        'Your {B} tax return shows an overpayment of {A} EUR.',
      ],
      [
        'To receive the money, confirm your bank details.',
        'The amount will be transferred once you confirm your account.',
      ],
      ['Processing fee must be paid to {I} first.', 'A small administration fee is due to account {I}.'],
      ['Claim your refund: {U}', 'Submit the form at {U}'],
    ],
    de: [
      [
        'Gute Nachricht: Sie erhalten eine Steuererstattung von {A} EUR von {B}.',
        '{B} schuldet Ihnen eine Rückzahlung von {A} EUR.',
      ],
      ['Um das Geld zu erhalten, bestätigen Sie Ihre Bankverbindung.'],
      ['Die Bearbeitungsgebühr ist vorab an {I} zu zahlen.'],
      ['Erstattung anfordern: {U}'],
    ],
    fr: [
      [
        'Bonne nouvelle : vous avez droit à un remboursement de {A} EUR de {B}.',
        '{B} vous doit un remboursement de {A} EUR.',
      ],
      ["Pour recevoir l'argent, confirmez vos coordonnées bancaires."],
      ["Des frais de dossier doivent d'abord être versés sur {I}."],
      ['Demandez votre remboursement : {U}'],
    ],
    es: [
      [
        'Buenas noticias: tiene derecho a una devolución de {A} EUR de {B}.',
        '{B} le debe un reembolso de {A} EUR.',
      ],
      ['Para recibir el dinero confirme sus datos bancarios.'],
      ['Primero debe pagar una tasa de gestión a {I}.'],
      ['Solicite su devolución: {U}'],
    ],
  },
  {
    en: [
      [
        'Congratulations! You have been selected to win a {B} gift card worth {A} EUR.',
        "You are today's lucky {B} winner of a {A} EUR voucher.",
        'A {B} reward of {A} EUR is waiting for you.',
      ],
      [
        'Only three prizes are left.',
        'This offer expires tonight.',
        'Answer two short questions to claim it.',
      ],
      ['Claim your prize: {U}', 'Collect it here: {U}'],
      ['Or reply to this message with your name and address.', 'Or call {P} to claim by phone.'],
    ],
    de: [
      [
        'Glückwunsch! Sie wurden ausgewählt, eine {B} Geschenkkarte im Wert von {A} EUR zu gewinnen.',
        'Sie sind der heutige {B} Gewinner eines Gutscheins über {A} EUR.',
      ],
      ['Es sind nur noch drei Preise übrig.', 'Dieses Angebot endet heute Nacht.'],
      ['Preis abholen: {U}'],
      ['Oder rufen Sie {P} an.'],
    ],
    fr: [
      [
        'Félicitations ! Vous avez été sélectionné pour gagner une carte cadeau {B} de {A} EUR.',
        "Vous êtes le gagnant {B} du jour d'un bon de {A} EUR.",
      ],
      ['Il ne reste que trois lots.', 'Cette offre expire ce soir.'],
      ['Réclamez votre prix : {U}'],
      ['Ou appelez le {P}.'],
    ],
    es: [
      [
        '¡Enhorabuena! Ha sido seleccionado para ganar una tarjeta regalo de {B} de {A} EUR.',
        'Es el ganador de hoy de un cupón {B} de {A} EUR.',
      ],
      ['Solo quedan tres premios.', 'Esta oferta caduca esta noche.'],
      ['Reclame su premio: {U}'],
      ['O llame al {P}.'],
    ],
  },
  {
    en: [
      [
        'Hello, this is the {B} recruitment team.',
        'Hi! I am a recruiter working with {B}.',
        'Greetings from {B} human resources.',
      ],
      [
        'We offer a remote part-time job paying {A} EUR per day.',
        'You can earn {A} EUR a day by liking videos from home.',
        'Simple online tasks, {A} EUR daily, no experience needed.',
      ],
      ['Message our coordinator on Telegram or WhatsApp {P}.', 'Contact the manager at {P} to start today.'],
      ['Training starts tomorrow.', 'Places are limited.'],
    ],
    de: [
      ['Hallo, hier ist das Recruiting-Team von {B}.', 'Hallo! Ich bin Personalvermittler für {B}.'],
      [
        'Wir bieten einen Nebenjob von zu Hause mit {A} EUR pro Tag.',
        'Sie können {A} EUR am Tag verdienen, indem Sie Videos liken.',
      ],
      ['Schreiben Sie unserem Koordinator per WhatsApp {P}.'],
      ['Die Plätze sind begrenzt.'],
    ],
    fr: [
      ["Bonjour, ici l'équipe de recrutement de {B}.", 'Bonjour ! Je suis recruteur pour {B}.'],
      [
        'Nous proposons un travail à domicile payé {A} EUR par jour.',
        'Gagnez {A} EUR par jour en aimant des vidéos.',
      ],
      ['Écrivez à notre coordinateur sur WhatsApp {P}.'],
      ['Les places sont limitées.'],
    ],
    es: [
      ['Hola, le escribe el equipo de selección de {B}.', '¡Hola! Soy reclutador de {B}.'],
      [
        'Ofrecemos un trabajo desde casa pagado con {A} EUR al día.',
        'Gane {A} EUR al día dando me gusta a vídeos.',
      ],
      ['Escriba a nuestro coordinador por WhatsApp {P}.'],
      ['Las plazas son limitadas.'],
    ],
  },
];

const SYNONYMS: Record<string, string[]> = {
  please: ['kindly', 'we ask you to'],
  account: ['profile', 'access'],
  verify: ['confirm', 'validate'],
  today: ['this morning', 'earlier today'],
  secure: ['protected', 'safe'],
  money: ['funds', 'cash'],
  earn: ['make', 'receive'],
  now: ['immediately', 'right away'],
  here: ['below', 'using this link'],
  help: ['assistance', 'support'],
};
const FILLERS = [
  'Thank you for your cooperation.',
  'Best regards.',
  'This is an automated message.',
  'Act quickly.',
  'Ref. {R}',
  'Kind regards, Customer Service.',
];
const BRANDS = [
  'ParcelGo',
  'SwiftPost',
  'NordBank',
  'Crestline Bank',
  'CoinVault',
  'Tradex',
  'TaxOffice',
  'MegaMart',
  'StreamFlix',
  'JobHub',
  'Primebox',
  'EuroPay',
];
const OWN_WORDS = (
  'urgent final notice reference client number system department review request document form ' +
  'payment card limit office claim status record file case agent security update online offer bonus exclusive ' +
  'member premium priority special official portal centre immediate attention required transfer'
).split(' ');
const TLDS = ['com', 'net', 'xyz', 'top', 'info', 'online', 'site', 'shop', 'live', 'click'];
const WORDS =
  'secure verify parcel track update support account login portal client service help desk info zone online web app pay'.split(
    ' ',
  );
const HAM = [
  'Hi team, the meeting moves to Thursday at ten.',
  'Can you send me the slides from yesterday?',
  'Lunch on Friday?',
  'The invoice for October is attached, thanks.',
  'Happy birthday! Hope you have a great day.',
  'The build is green again after the fix.',
  'Reminder: the library closes early on Saturday.',
  'Thanks for the quick reply, that works for me.',
  'Our flight lands at 18:40, see you then.',
  'Please review the draft contract before Monday.',
  'The kids have football practice at five.',
  'I left the keys with the neighbour.',
  'Quarterly figures look better than expected.',
  'Could you water the plants while I am away?',
  'The concert tickets arrived today.',
  'Let us postpone the call until next week.',
  'New version of the report is in the shared folder.',
  'Dinner at our place on Sunday?',
  'Der Termin am Dienstag passt mir gut.',
  'Merci pour les photos du week-end.',
  'Nos vemos mañana en la estación.',
];

type Rng = () => number;
const pick = <T>(rng: Rng, xs: ReadonlyArray<T>): T => xs[Math.floor(rng() * xs.length)] as T;
const randWord = (rng: Rng, n: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string =>
  Array.from({ length: n }, () => alphabet[Math.floor(rng() * alphabet.length)]).join('');

const inventedWord = (rng: Rng): string =>
  Array.from({ length: 3 + Math.floor(rng() * 2) }, () =>
    pick(rng, [
      'ka',
      'lo',
      'mi',
      'ter',
      'van',
      'dor',
      'sel',
      'ix',
      'ul',
      'zen',
      'pra',
      'quo',
      'bri',
      'nex',
      'ost',
    ]),
  ).join('');

function rewrite(rng: Rng, sentence: string): string {
  return sentence
    .split(' ')
    .map((w) => {
      const s = SYNONYMS[w.toLowerCase()];
      return s && rng() < 0.5 ? pick(rng, s) : w;
    })
    .join(' ');
}

interface Operation {
  label: string;
  theme: Theme;
  langs: Lang[];
  brand: string;
  /** The operation's own base wording: one chosen alternative per slot. */
  base: number[];
  path: string;
  phone: string;
  wallet: string;
  iban: string;
  senderDomain: string;
  replyTo?: string;
  start: number;
  /** Wording only this operation uses (its template's own sentence). */
  own: string;
}

function makeOperation(rng: Rng, i: number): Operation {
  const theme = pick(rng, THEMES);
  const langs: Lang[] = ['en'];
  for (const l of ['de', 'fr', 'es'] as const) if (rng() < 0.3) langs.push(l);
  return {
    label: `op${i}`,
    theme,
    langs,
    brand: pick(rng, BRANDS),
    base: theme.en.map((slot) => Math.floor(rng() * slot.length)),
    path: `/${pick(rng, WORDS)}-${randWord(rng, 4)}/${pick(rng, WORDS)}.php`,
    phone: `+44 7${randWord(rng, 3, '0123456789')} ${randWord(rng, 6, '0123456789')}`,
    wallet: `bc1q${randWord(rng, 38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')}`,
    iban: `GB${randWord(rng, 2, '0123456789')}NWBK${randWord(rng, 14, '0123456789')}`,
    senderDomain: `${pick(rng, WORDS)}-${randWord(rng, 5)}.${pick(rng, TLDS)}`,
    ...(rng() < 0.4 ? { replyTo: `${randWord(rng, 6)}@${randWord(rng, 7)}.${pick(rng, TLDS)}` } : {}),
    start: Date.UTC(2026, 0, 1) + Math.floor(rng() * 200) * 86_400_000,
    // Stock words plus names the operation invented (a fake department, product or signature).
    own: [
      ...Array.from({ length: 4 + Math.floor(rng() * 4) }, () => pick(rng, OWN_WORDS)),
      inventedWord(rng),
      inventedWord(rng),
    ].join(' '),
  };
}

function render(rng: Rng, op: Operation, n: number): { text: string; urls: string[] } {
  const lang = rng() < 0.7 ? 'en' : pick(rng, op.langs);
  const slots = op.theme[lang];
  const urls: string[] = [];
  let sentences = slots
    .map((alts, s) => {
      // Mostly the operation's own wording, sometimes a reworded alternative (an LLM rewrite).
      const alt = lang === 'en' && rng() < 0.5 ? (alts[op.base[s] ?? 0] ?? alts[0]) : pick(rng, alts);
      return alt as string;
    })
    .filter(() => rng() < 0.9);
  if (rng() < 0.8) sentences.splice(Math.floor(rng() * sentences.length), 0, `${op.own}.`);
  if (rng() < 0.4) sentences = sentences.sort(() => rng() - 0.5);
  if (rng() < 0.5) sentences.push(pick(rng, FILLERS));
  const text = sentences
    .map((s) => (lang === 'en' ? rewrite(rng, s) : s))
    .join(' ')
    .replace(/\{B\}/g, op.brand)
    .replace(/\{A\}/g, String(10 + ((n * 7) % 90)))
    .replace(/\{P\}/g, op.phone)
    .replace(/\{W\}/g, op.wallet)
    .replace(/\{I\}/g, op.iban)
    .replace(/\{R\}/g, randWord(rng, 8))
    .replace(/\{U\}/g, () => {
      // Rotated domains, kit path kept; a token in the query changes per message.
      const url = `https://${pick(rng, WORDS)}-${randWord(rng, 6)}.${pick(rng, TLDS)}${op.path}?id=${randWord(rng, 10)}`;
      urls.push(url);
      return url;
    });
  return { text, urls };
}

/** Extracts the indicators the generator planted (the case store gets them from the observables analyser). */
function plantedIndicators(text: string, urls: string[]): { type: string; value: string }[] {
  const out = urls.map((u) => ({ type: 'url', value: u }));
  for (const m of text.matchAll(/\+44 7\d{3} \d{6}/g))
    out.push({ type: 'phone', value: m[0].replace(/ /g, '') });
  for (const m of text.matchAll(/bc1q[a-z0-9]{38}/g)) out.push({ type: 'btc', value: m[0] });
  for (const m of text.matchAll(/GB\d{2}NWBK\d{14}/g)) out.push({ type: 'iban', value: m[0] });
  return out;
}

/**
 * `total` messages: about `unrelatedShare` unrelated, the rest spread over operations whose sizes
 * follow a long tail (many small campaigns, a few big ones). Deterministic for a seed.
 */
export function generateCampaignSet(total: number, seed = 7, unrelatedShare = 0.25): LabelledMessage[] {
  const rng = seededRng(seed);
  const out: LabelledMessage[] = [];
  const campaignTotal = Math.round(total * (1 - unrelatedShare));
  let opIndex = 0;
  while (out.length < campaignTotal) {
    const op = makeOperation(rng, opIndex++);
    const size = Math.min(campaignTotal - out.length, 2 + Math.floor(rng() ** 3 * 120));
    for (let k = 0; k < size; k++) {
      const { text, urls } = render(rng, op, k);
      const fromLocal = randWord(rng, 5);
      const useDomain = rng() < 0.5;
      out.push({
        id: `${op.label}-${k}`,
        label: op.label,
        text,
        time: new Date(op.start + Math.floor(rng() * 20 * 86_400_000)).toISOString(),
        sender: useDomain ? `${fromLocal}@${op.senderDomain}` : `${fromLocal}@gmail.com`,
        ...(op.replyTo && rng() < 0.8 ? { replyTo: [op.replyTo] } : {}),
        indicators: plantedIndicators(text, urls),
        verdict: 'phishing',
        brands: [op.brand],
      });
    }
  }
  const vocab = HAM.join(' ')
    .toLowerCase()
    .replace(/[^\p{L} ]/gu, '')
    .split(' ')
    .filter((w) => w.length > 2);
  for (let u = 0; out.length < total; u++) {
    if (rng() < 0.15) {
      // A one-off scam: the theme's wording, its own infrastructure, no second message.
      const op = makeOperation(rng, opIndex++);
      const { text, urls } = render(rng, op, 0);
      out.push({
        id: `single-${u}`,
        label: `single-${u}`,
        text,
        time: new Date(op.start).toISOString(),
        sender: `${randWord(rng, 5)}@${op.senderDomain}`,
        indicators: plantedIndicators(text, urls),
        verdict: 'phishing',
      });
      continue;
    }
    // Personal mail: one real sentence, then words in random order, so two are rarely alike.
    const words = Array.from({ length: 8 + Math.floor(rng() * 25) }, () => pick(rng, vocab));
    const parts = [pick(rng, HAM), words.join(' ')];
    const url = rng() < 0.3 ? `https://www.${randWord(rng, 8)}.com/${randWord(rng, 5)}` : undefined;
    out.push({
      id: `ham-${u}`,
      label: `ham-${u}`,
      text: `${parts.join(' ')} ${randWord(rng, 6)} ${url ?? ''}`.trim(),
      time: new Date(Date.UTC(2026, 0, 1) + Math.floor(rng() * 220 * 86_400_000)).toISOString(),
      sender: `${randWord(rng, 6)}@${randWord(rng, 6)}.org`,
      indicators: url ? [{ type: 'url', value: url }] : [],
      verdict: 'ham',
    });
  }
  // Shuffle deterministically so the input order carries no label information.
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as LabelledMessage, out[i] as LabelledMessage];
  }
  return out;
}
