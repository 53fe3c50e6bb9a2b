package org.dossier.ingest;

import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Makes sure the text after a heading, paragraph or other block starts on a new line. Tika's
 * OpenDocument parser ends a heading without one, so an ODT's "Next steps" ran into the paragraph
 * under it ("Next stepsOfficials said..."), and the extractor, which finds titles and speaker turns
 * by lines, could not see the heading. Most parsers already write the line break themselves, just
 * after the block ends: the break is therefore added lazily, only when the next text does not start
 * with one, so their output is unchanged (no doubled line breaks, no new blank lines).
 */
final class BlockLineBreaks extends ContentHandlerDecorator {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "li", "dt", "dd",
            "blockquote", "pre", "tr", "table", "ul", "ol", "section", "article", "header", "footer", "title");

    private boolean breakPending;
    private boolean atLineStart = true;

    BlockLineBreaks(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        if (BLOCKS.contains(localName.isEmpty() ? qName : localName)) {
            breakPending = true;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (length == 0) {
            return;
        }
        if (breakPending && !atLineStart && ch[start] != '\n' && ch[start] != '\r') {
            super.characters(new char[] {'\n'}, 0, 1);
        }
        breakPending = false;
        super.characters(ch, start, length);
        atLineStart = ch[start + length - 1] == '\n';
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }
}
