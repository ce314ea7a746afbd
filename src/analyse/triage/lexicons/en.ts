/** @module analyse/triage/lexicons/en — English cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const en: Lexicon = {
  credential: ['password', 'passcode', 'login', 'log in', 'sign in', 'username', 'pin', 'otp', 'one-time code', 'verification code', 'security code', 'card number', 'cvv', 'social security', 'credentials', 'bank details', 'account number', 'routing number'],
  account: ['your account', 'verify', 'verification', 'confirm your', 'update your', 'validate', 'reactivate', 'unusual activity', 'suspicious activity', 'unauthorized', 'identity', 'mailbox', 'security alert', 'billing information'],
  urgency: ['urgent', 'immediately', 'asap', 'act now', 'within 24 hours', 'within 48 hours', 'expires', 'expire', 'expiring', 'last chance', 'final notice', 'limited time', 'today only', 'right away', 'promptly', 'deadline', 'now'],
  threat: ['suspended', 'suspension', 'locked', 'blocked', 'disabled', 'deactivated', 'terminated', 'closed', 'legal action', 'arrest', 'penalty', 'fine', 'lawsuit', 'restricted', 'permanently', 'compromised'],
  payment: ['payment', 'pay', 'fee', 'invoice', 'wire transfer', 'bank transfer', 'transfer', 'refund', 'gift card', 'western union', 'moneygram', 'overdue', 'outstanding balance', 'charge', 'tax', 'deposit'],
  prize: ['congratulations', 'congrats', 'you have won', 'you won', 'winner', 'won', 'prize', 'reward', 'claim', 'lottery', 'jackpot', 'inheritance', 'beneficiary', 'million', 'selected', 'free'],
  marketing: ['offer', 'discount', 'sale', 'deal', 'subscribe', 'unsubscribe', 'opt out', 'newsletter', 'buy now', 'order now', 'shop', 'lowest price', 'save', 'promo', 'coupon', 'special', 'limited offer', 'click here', 'remove'],
  delivery: ['parcel', 'package', 'delivery', 'shipment', 'courier', 'customs', 'redelivery', 'tracking', 'usps', 'dhl', 'fedex'],
  investment: ['investment', 'invest', 'profit', 'returns', 'bitcoin', 'crypto', 'trading', 'forex', 'guaranteed', 'income', 'earn', 'stock', 'opportunity', 'business proposal', 'partnership'],
  contact: ['call now', 'call', 'text', 'reply', 'whatsapp', 'telegram', 'contact us', 'txt', 'stop to', 'send stop', 'ringtone', 'mobile'],
};
