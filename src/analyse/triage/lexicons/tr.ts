/** @module analyse/triage/lexicons/tr — Turkish cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const tr: Lexicon = {
  credential: ['şifre', 'şifrenizi', 'parola', 'giriş yap', 'kullanıcı adı', 'doğrulama kodu', 'güvenlik kodu', 'kart numarası', 'banka bilgileri', 'pin'],
  account: ['hesabınız', 'hesabınızı', 'hesabın', 'doğrula*', 'onaylayın', 'güncelleyin', 'kimlik', 'şüpheli işlem', 'olağandışı', 'yetkisiz'],
  urgency: ['acil', 'hemen', 'derhal', '24 saat içinde', 'sona eriyor', 'son şans', 'son uyarı', 'sadece bugün', 'şimdi'],
  threat: ['askıya alın*', 'bloke', 'engellendi', 'kapatıl*', 'yasal işlem', 'ceza', 'tutuklama', 'kısıtlan*', 'icra'],
  payment: ['ödeme', 'ödeyin', 'ücret', 'fatura', 'havale', 'eft', 'iade', 'hediye kartı', 'borç', 'vergi', 'yatırın'],
  prize: ['tebrikler', 'kazandınız', 'kazanan', 'ödül', 'hediye', 'piyango', 'miras', 'milyon', 'seçildiniz', 'ücretsiz', 'bedava'],
  marketing: ['kampanya', 'indirim', 'fırsat', 'teklif', 'abonelikten çık', 'bülten', 'hemen al', 'sipariş', 'tasarruf', 'kupon', 'tıklayın'],
  delivery: ['kargo', 'paket', 'teslimat', 'gönderi', 'gümrük', 'takip', 'ptt', 'kurye'],
  investment: ['yatırım', 'kâr', 'kazanç', 'getiri', 'bitcoin', 'kripto', 'borsa', 'garantili', 'gelir'],
  contact: ['arayın', 'ara', 'yanıtlayın', 'whatsapp', 'iletişime geçin'],
};
