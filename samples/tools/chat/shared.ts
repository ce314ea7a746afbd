/**
 * @module samples/tools/chat/shared
 * Values shared between the SMS backup and the chat exports (the same operation shows up in both).
 */
import { makeIban } from '../lib/iban.js';

/** Mule account of the "Hi Mum" scam (German format, fictional account number). */
export const HI_MUM_IBAN = makeIban('DE', '10011001' + '2626718349');
/** "Wrong number" opener sender of the romance scam (ACMA fiction range). */
export const ROMANCE_PHONE = '+61491570157';
/** Sender numbers of the "Hi Mum" messages (Ofcom fiction range). */
export const HI_MUM_PHONES = ['+442079460811', '+442079460812', '+442079460813'];
