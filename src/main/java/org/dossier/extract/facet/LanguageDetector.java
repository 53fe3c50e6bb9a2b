package org.dossier.extract.facet;

/**
 * Script-based language guess (ISO 639-1): Hangul means Korean, kana Japanese, Han Chinese,
 * Cyrillic Russian, otherwise English. Good enough for this corpus, where the script decides; a
 * page with an English transcript and a Chinese summary is English because the body decides.
 */
public final class LanguageDetector {

    /** 1 for the ASCII letters, else 0: counted by addition, see {@link #detect}. */
    private static final byte[] ASCII_LETTER = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = 1;
            ASCII_LETTER[Character.toUpperCase(c)] = 1;
        }
    }

    private LanguageDetector() {}

    public static String detect(CharSequence text) {
        if (text == null) {
            return null;
        }
        int latin = 0;
        int hangul = 0;
        int han = 0;
        int kana = 0;
        int cyrillic = 0;
        int n = Math.min(text.length(), 20_000); // the opening is plenty to tell the script
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // Added rather than tested: letters and spaces alternate unpredictably, and a
                // mispredicted branch per word cost more than the rest of the loop.
                latin += ASCII_LETTER[c];
            } else if (c >= 0xAC00 && c <= 0xD7A3 || c >= 0x1100 && c <= 0x11FF || c >= 0x3130 && c <= 0x318F) {
                hangul++;
            } else if (c >= 0x3040 && c <= 0x30FF) {
                kana++;
            } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
                han++;
            } else if (c >= 0x0400 && c <= 0x04FF) {
                cyrillic++;
            } else if (Character.isLetter(c)) {
                latin++;
            }
        }
        // One Han or Hangul character carries about as much as a short Latin word: weigh them up.
        int cjk = 3 * (hangul + han + kana);
        int total = latin + cyrillic + cjk;
        if (total == 0) {
            return null;
        }
        if (3 * hangul * 3 >= total && hangul >= han) {
            return "ko";
        }
        if (kana > 0 && 3 * (kana + han) * 3 >= total && kana * 10 >= han) {
            return "ja";
        }
        if (3 * han * 3 >= total) {
            return "zh";
        }
        if (cyrillic * 3 >= total) {
            return "ru";
        }
        return "en";
    }
}
