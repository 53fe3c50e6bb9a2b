package org.dossier.extract.parse;

import java.util.Locale;

/**
 * An e-mail's header block at the top of a page ("From: ...", "To: ...", "Date: ...", "Subject:
 * ..."), as a newsletter saved from a mail client prints it: its Subject is the title, whatever
 * headings the body repeats (the newsletter's own name in capitals, a section heading).
 */
final class MailHeaders {
    /** How many opening lines the header block may take. */
    private static final int LINES = 12;

    private MailHeaders() {}

    /** The Subject of a header block of at least two header lines opening the text, else null. */
    static String subject(String text) {
        if (text == null || text.isEmpty() || "FTDSCRfRtdsc".indexOf(text.charAt(0)) < 0) {
            return null; // a header block opens with From, To, Date, Subject, Cc, Reply-To, Sent
        }
        String subject = null;
        int headers = 0;
        int from = 0;
        for (int n = 0; n < LINES && from < text.length(); n++) {
            int eol = text.indexOf('\n', from);
            String line = (eol < 0 ? text.substring(from) : text.substring(from, eol)).strip();
            from = eol < 0 ? text.length() : eol + 1;
            if (line.isEmpty()) {
                break; // the header block ends at the first blank line
            }
            int colon = line.indexOf(':');
            if (colon < 2 || colon > 12) {
                return null;
            }
            String key = line.substring(0, colon).toLowerCase(Locale.ROOT);
            switch (key) {
                case "from", "to", "date", "sent", "cc", "reply-to" -> headers++;
                case "subject" -> {
                    headers++;
                    subject = line.substring(colon + 1).strip();
                }
                default -> {
                    return null;
                }
            }
        }
        return headers >= 2 && subject != null && subject.length() >= 8 ? subject : null;
    }
}
