package org.gazette.source.feed.impl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jsoup.nodes.Entities;

/**
 * Walks the elements of an XML document read by {@link SafeXml}, enforcing {@link XmlLimits} as it
 * goes and keeping track of the {@code xml:base} and {@code xml:lang} in scope. A DOCTYPE that
 * declares entities is refused; references to undeclared entities ({@code &eacute;} under an old
 * RSS 0.91 DOCTYPE) are read as the HTML character they name, or dropped.
 */
final class XmlCursor {

    private final XMLStreamReader reader;
    private final XmlLimits limits;
    private final Deque<URI> bases = new ArrayDeque<>();
    private final Deque<String> langs = new ArrayDeque<>();
    private final Deque<String> names = new ArrayDeque<>();
    private int elements;
    private boolean start;

    /**
     * @param factory a factory made by {@link SafeXml#factory()}
     * @param xml the document
     * @param base the document's own URL, against which relative references resolve
     * @param limits bounds on depth and element count
     * @throws FeedFormatException when the document cannot be opened
     */
    XmlCursor(XMLInputFactory factory, byte[] xml, URI base, XmlLimits limits) throws FeedFormatException {
        this.limits = limits;
        this.bases.push(base);
        this.langs.push("");
        try {
            this.reader = SafeXml.open(factory, xml);
        } catch (XMLStreamException | RuntimeException e) {
            throw malformed(e);
        }
    }

    /**
     * Moves to the next start or end of an element.
     *
     * @return false at the end of the document
     * @throws FeedFormatException when the document is malformed, unsafe or exceeds the limits
     */
    boolean next() throws FeedFormatException {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    enter();
                    start = true;
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    leave();
                    start = false;
                    return true;
                }
                if (event == XMLStreamConstants.DTD) {
                    checkDoctype(reader.getText());
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            throw malformed(e);
        }
    }

    /** @return true at the start of an element, false at its end */
    boolean isStart() {
        return start;
    }

    /** @return the local name of the current element */
    String name() {
        return reader.getLocalName();
    }

    /** @return the namespace URI of the current element, {@code ""} when it has none */
    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** @return the local name of the element enclosing the current one, {@code ""} at the root */
    String parentName() {
        if (!start) {
            return names.isEmpty() ? "" : names.peek();
        }
        var it = names.iterator();
        it.next();
        return it.hasNext() ? it.next() : "";
    }

    /** @return how many elements are open, counting the current one when at its start */
    int depth() {
        return names.size();
    }

    /** @return the base URL in scope at the current element (its own {@code xml:base} included) */
    URI base() {
        return bases.peek();
    }

    /** @return the {@code xml:lang} in scope at the current element, {@code ""} when none */
    String lang() {
        return langs.peek();
    }

    /**
     * @param localName an attribute name without namespace
     * @return its value on the current start element, or {@code null}
     */
    String attribute(String localName) {
        return reader.getAttributeValue(null, localName);
    }

    /**
     * @param namespace the attribute's namespace URI
     * @param localName its local name
     * @return its value on the current start element, or {@code null}
     */
    String attribute(String namespace, String localName) {
        return reader.getAttributeValue(namespace, localName);
    }

    /**
     * Reads the text of the current element, including that of nested elements, and moves to its end.
     *
     * @param maxChars the most characters kept; the rest is read and dropped
     * @return the text, trimmed
     * @throws FeedFormatException when the document is malformed or exceeds the limits
     */
    String text(int maxChars) throws FeedFormatException {
        int depth = names.size();
        StringBuilder text = new StringBuilder();
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        append(text, reader.getText(), maxChars);
                    case XMLStreamConstants.ENTITY_REFERENCE -> append(text, Entities.getByName(reader.getLocalName()), maxChars);
                    case XMLStreamConstants.START_ELEMENT -> {
                        enter();
                        append(text, " ", maxChars);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        leave();
                        if (names.size() < depth) {
                            start = false;
                            return text.toString().trim();
                        }
                    }
                    default -> {
                        // comments, processing instructions
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw malformed(e);
        }
        throw new FeedFormatException("not well-formed XML: the document ends inside <" + names.peek() + ">");
    }

    private static void append(StringBuilder text, String s, int maxChars) {
        if (s != null && text.length() < maxChars) {
            text.append(s, 0, Math.min(s.length(), maxChars - text.length()));
        }
    }

    private void enter() throws FeedFormatException {
        elements++;
        if (elements > limits.maxElements()) {
            throw new FeedFormatException("the document has more than " + limits.maxElements() + " elements (maxElements)");
        }
        if (names.size() >= limits.maxDepth()) {
            throw new FeedFormatException("elements are nested deeper than " + limits.maxDepth() + " levels (maxDepth)");
        }
        names.push(reader.getLocalName());
        bases.push(resolveBase(bases.peek(), reader.getAttributeValue(XMLConstants.XML_NS_URI, "base")));
        String lang = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        langs.push(lang == null ? langs.peek() : lang.trim());
    }

    private void leave() {
        if (!names.isEmpty()) {
            names.pop();
            bases.pop();
            langs.pop();
        }
    }

    private static URI resolveBase(URI parent, String xmlBase) {
        if (xmlBase == null || xmlBase.isBlank()) {
            return parent;
        }
        try {
            return parent.resolve(new URI(xmlBase.trim()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return parent; // an unusable xml:base is ignored, as browsers do
        }
    }

    private static void checkDoctype(String doctype) throws FeedFormatException {
        if (doctype != null && doctype.toUpperCase(Locale.ROOT).contains("<!ENTITY")) {
            throw new FeedFormatException("the document declares entities in its DOCTYPE, which is refused:"
                    + " entity declarations are how XML bombs and external-entity attacks work");
        }
    }

    private static FeedFormatException malformed(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int at = message.indexOf("Message: ");
        if (at >= 0) {
            message = message.substring(at + "Message: ".length());
        }
        message = message.replaceAll("\\s+", " ").trim();
        Location where = e instanceof XMLStreamException x ? x.getLocation() : null;
        String position = where == null || where.getLineNumber() < 0 ? ""
                : " at line " + where.getLineNumber() + ", column " + where.getColumnNumber();
        return new FeedFormatException("not well-formed XML" + position + ": " + message, e);
    }
}
