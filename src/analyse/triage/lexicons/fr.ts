/** @module analyse/triage/lexicons/fr — French cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const fr: Lexicon = {
  credential: ['mot de passe', 'identifiant', 'identifiants', 'connexion', 'code pin', 'code de sécurité', 'code de vérification', 'numéro de carte', 'coordonnées bancaires', 'rib', 'cryptogramme'],
  account: ['votre compte', 'vérifier', 'vérification', 'confirmer', 'mettre à jour', 'identité', 'activité inhabituelle', 'activité suspecte', 'non autorisé', 'boîte mail'],
  urgency: ['urgent', 'immédiatement', 'sous 24 heures', 'dans les 24 heures', 'expire', 'dernière chance', 'dernier avis', 'aujourd\'hui seulement', 'maintenant', 'sans délai', 'rapidement'],
  threat: ['suspendu', 'suspension', 'bloqué', 'verrouillé', 'désactivé', 'fermé', 'poursuites', 'amende', 'arrestation', 'pénalité', 'restreint'],
  payment: ['paiement', 'payer', 'frais', 'facture', 'virement', 'remboursement', 'carte cadeau', 'solde impayé', 'impôts', 'dépôt', 'régler'],
  prize: ['félicitations', 'vous avez gagné', 'gagnant', 'gagné', 'prix', 'récompense', 'loterie', 'héritage', 'millions', 'sélectionné', 'gratuit', 'cadeau'],
  marketing: ['offre', 'promotion', 'réduction', 'soldes', 'se désabonner', 'désinscrire', 'newsletter', 'acheter maintenant', 'commander', 'économisez', 'code promo', 'cliquez ici'],
  delivery: ['colis', 'livraison', 'envoi', 'douane', 'frais de douane', 'suivi', 'chronopost', 'la poste', 'colissimo'],
  investment: ['investissement', 'investir', 'profit', 'rendement', 'bitcoin', 'crypto', 'trading', 'garanti', 'revenu', 'gagner de l\'argent'],
  contact: ['appelez', 'appeler', 'répondez', 'répondre', 'whatsapp', 'envoyez stop', 'contactez'],
};
