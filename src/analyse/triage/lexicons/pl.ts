/** @module analyse/triage/lexicons/pl — Polish cues (written by the Dragnet team). */
import type { Lexicon } from './lexicon.js';

export const pl: Lexicon = {
  credential: ['hasło', 'hasła', 'login', 'zaloguj', 'logowania', 'nazwa użytkownika', 'kod pin', 'kod weryfikacyjny', 'kod blik', 'blik', 'numer karty', 'dane bankowe', 'dane logowania'],
  account: ['twoje konto', 'pana konto', 'konto', 'weryfikacj*', 'zweryfikuj', 'potwierdź', 'potwierdzenie', 'zaktualizuj', 'tożsamość', 'podejrzana aktywność', 'nieautoryzowan*'],
  urgency: ['pilne', 'pilnie', 'natychmiast', 'w ciągu 24 godzin', 'wygasa', 'ostatnia szansa', 'ostateczne wezwanie', 'tylko dziś', 'teraz', 'niezwłocznie'],
  threat: ['zablokowane', 'zablokowane', 'zawieszone', 'dezaktywowane', 'zamknięte', 'kroki prawne', 'grzywna', 'kara', 'aresztowanie', 'windykacja', 'ograniczone'],
  payment: ['płatność', 'zapłać', 'dopłata', 'opłata', 'faktura', 'przelew', 'zwrot', 'karta podarunkowa', 'zaległość', 'podatek', 'wpłata'],
  prize: ['gratulacje', 'wygrałeś', 'wygrana', 'zwycięzca', 'nagroda', 'loteria', 'spadek', 'milion*', 'wybrany', 'za darmo', 'darmowy'],
  marketing: ['oferta', 'promocja', 'rabat', 'zniżka', 'wyprzedaż', 'wypisz się', 'rezygnacja', 'newsletter', 'kup teraz', 'zamów', 'oszczędź', 'kliknij tutaj'],
  delivery: ['paczka', 'przesyłka', 'dostawa', 'kurier', 'cło', 'śledzenie', 'inpost', 'poczta polska'],
  investment: ['inwestycja', 'inwestuj', 'zysk', 'zyski', 'bitcoin', 'kryptowalut*', 'gwarantowany', 'dochód', 'zarabiaj'],
  contact: ['zadzwoń', 'odpowiedz', 'whatsapp', 'skontaktuj się'],
};
