package org.gazette.source.feed.impl;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens XML with the JDK's own StAX parser, hardened against documents that attack their reader:
 * no DTD processing, no external entities, entity references reported rather than replaced. A
 * DOCTYPE that declares entities is refused outright by {@link XmlCursor}, so neither an entity
 * bomb ("billion laughs") nor an external entity ({@code file:///etc/passwd}) is ever expanded or
 * fetched.
 */
final class SafeXml {

    private SafeXml() {
    }

    /**
     * @return a new factory; the JDK's built-in implementation, never one that happens to be on the
     *         class path (a StAX implementation in another bundle may not honour the same properties)
     */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to resolve " + systemId + ": external resources are never read");
        });
        return factory;
    }

    /**
     * @param factory a factory made by {@link #factory()}
     * @param xml the document; leading white space (which real feeds have, and XML forbids before
     *        the declaration) is skipped
     * @return a reader over it; the encoding comes from the byte order mark or the XML declaration
     * @throws XMLStreamException when the document cannot be opened
     */
    static XMLStreamReader open(XMLInputFactory factory, byte[] xml) throws XMLStreamException {
        return factory.createXMLStreamReader(new ByteArrayInputStream(skipLeadingWhitespace(xml)));
    }

    static byte[] skipLeadingWhitespace(byte[] xml) {
        int start = 0;
        boolean bom = xml.length >= 3 && (xml[0] & 0xff) == 0xef && (xml[1] & 0xff) == 0xbb && (xml[2] & 0xff) == 0xbf;
        if (bom) {
            start = 3;
        }
        int i = start;
        while (i < xml.length && (xml[i] == ' ' || xml[i] == '\t' || xml[i] == '\r' || xml[i] == '\n')) {
            i++;
        }
        if (i == start) {
            return xml;
        }
        return Arrays.copyOfRange(xml, i, xml.length);
    }
}
