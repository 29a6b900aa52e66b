package org.kgexplorer.core.store;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Finds the entity references of an RDF/XML file that nothing defines. An entity declared in an external DTD is
 * never read (ADR 3), and the XML parser then puts nothing in its place without a word: the user is told instead.
 * Only files whose head has a DOCTYPE are read a second time for this.
 */
final class XmlEntityCheck {
    private static final String IGNORE_EXTERNAL_DTD = "http://java.sun.com/xml/stream/properties/ignore-external-dtd";

    private XmlEntityCheck() {
    }

    static boolean mayHaveEntities(byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1).contains("<!DOCTYPE");
    }

    /** Tells {@code warnings} of each reference to an undefined entity, where the parser met it. */
    static void reportUndefined(InputStream in, String location, Consumer<DataWarning> warnings) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        if (factory.isPropertySupported(IGNORE_EXTERNAL_DTD)) {
            factory.setProperty(IGNORE_EXTERNAL_DTD, true);
        }
        factory.setXMLResolver((publicId, systemId, base, namespace) -> new ByteArrayInputStream(new byte[0]));
        try (in) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.ENTITY_REFERENCE && xml.getText() == null) {
                    Location at = xml.getLocation();
                    warnings.accept(new DataWarning(location, at.getLineNumber(), at.getColumnNumber(),
                            "the entity &" + xml.getLocalName() + "; is not defined in the file (an external DTD is "
                                    + "never read), so it was read as nothing"));
                }
            }
            xml.close();
        } catch (XMLStreamException | java.io.IOException | RuntimeException e) {
            // The parse itself succeeded; a scan that stops early only reports less.
        }
    }
}
