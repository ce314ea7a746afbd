/** @module analyse/triage/lexicons/id — Indonesian cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const id: Lexicon = {
  credential: ['kata sandi', 'sandi', 'masuk', 'nama pengguna', 'kode otp', 'kode verifikasi', 'kode keamanan', 'nomor kartu', 'data bank', 'pin', 'rekening'],
  account: ['akun anda', 'akun kamu', 'verifikasi', 'konfirmasi', 'perbarui', 'identitas', 'aktivitas mencurigakan', 'tidak sah'],
  urgency: ['segera', 'mendesak', 'sekarang', 'dalam 24 jam', 'kedaluwarsa', 'kesempatan terakhir', 'peringatan terakhir', 'hari ini saja'],
  threat: ['diblokir', 'ditangguhkan', 'dinonaktifkan', 'ditutup', 'tindakan hukum', 'denda', 'ditangkap', 'dibatasi'],
  payment: ['pembayaran', 'bayar', 'biaya', 'tagihan', 'transfer', 'pengembalian dana', 'kartu hadiah', 'tunggakan', 'pajak', 'setor'],
  prize: ['selamat', 'anda menang', 'pemenang', 'hadiah', 'undian', 'warisan', 'juta', 'terpilih', 'gratis', 'cashback'],
  marketing: ['penawaran', 'diskon', 'promo', 'obral', 'berhenti berlangganan', 'buletin', 'beli sekarang', 'pesan sekarang', 'hemat', 'kupon', 'klik di sini'],
  delivery: ['paket', 'kiriman', 'pengiriman', 'bea cukai', 'lacak', 'kurir', 'resi'],
  investment: ['investasi', 'keuntungan', 'untung', 'profit', 'bitcoin', 'kripto', 'trading', 'dijamin', 'penghasilan'],
  contact: ['hubungi', 'telepon', 'balas', 'whatsapp', 'wa'],
};
