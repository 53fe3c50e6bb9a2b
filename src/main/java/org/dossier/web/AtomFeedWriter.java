package org.dossier.web;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dossier.search.Hit;

/**
 * An Atom 1.0 feed (RFC 4287) of a search's newest documents, so a researcher can follow a search
 * in any feed reader. Written with the JDK's XML stream writer, which escapes all text.
 */
final class AtomFeedWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeedWriter() {}

    static void write(OutputStream out, String title, String selfUrl, String pageUrl, String baseUrl,
            List<Hit> hits, Instant updated) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "id", selfUrl);
        element(xml, "title", title);
        element(xml, "updated", updated.toString());
        link(xml, "self", selfUrl, "application/atom+xml");
        link(xml, "alternate", pageUrl, "text/html");
        xml.writeStartElement("author");
        element(xml, "name", "Dossier");
        xml.writeEndElement();
        for (Hit hit : hits) {
            xml.writeStartElement("entry");
            element(xml, "id", baseUrl + "/api/documents/" + hit.id());
            element(xml, "title", hit.title() == null ? "(untitled)" : hit.title());
            Instant when = hit.date() == null ? updated : hit.date().atStartOfDay().toInstant(ZoneOffset.UTC);
            element(xml, "updated", when.toString());
            link(xml, "alternate", baseUrl + "/document.html?id=" + hit.id(), "text/html");
            for (String speaker : hit.speakers()) {
                xml.writeStartElement("author");
                element(xml, "name", speaker);
                xml.writeEndElement();
            }
            for (String term : hit.countries()) {
                category(xml, term, "country");
            }
            for (String term : hit.topics()) {
                category(xml, term, "topic");
            }
            if (!hit.snippets().isEmpty()) {
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(String.join(" … ", hit.snippets())); // escaped HTML with <mark>, escaped again as XML text
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static void category(XMLStreamWriter xml, String term, String scheme) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", term);
        xml.writeAttribute("scheme", scheme);
    }
}
