package org.kgexplorer.core.store;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.json.Json;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;

/**
 * Finds where an input nests deepest, to say where a parse that ran out of stack went too deep. Jena's tokenizer,
 * the streaming JSON parser and StAX read without recursion, so this scan cannot overflow itself. The position is where
 * the deepest level opens (the parser's own position is lost with its stack).
 */
final class NestingScan {
    /** A line and a column, 1-based. */
    record Position(long line, long column) {
    }

    private NestingScan() {
    }

    /** The deepest point, or null when the syntax does not nest or the scan could not tell. */
    static Position deepest(InputStream in, Lang lang) {
        try (in) {
            if (RDFLanguages.sameLang(lang, Lang.JSONLD) || RDFLanguages.sameLang(lang, Lang.JSONLD11)) {
                return deepestJson(in);
            }
            if (RDFLanguages.sameLang(lang, Lang.TURTLE) || RDFLanguages.sameLang(lang, Lang.TRIG)
                    || RDFLanguages.sameLang(lang, Lang.N3)) {
                return deepestTurtle(in);
            }
            if (RDFLanguages.sameLang(lang, Lang.RDFXML)) {
                return deepestXml(in);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Position deepestTurtle(InputStream in) {
        Tokenizer tokens = TokenizerText.create().source(in).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).build();
        int depth = 0;
        int max = 0;
        Position at = null;
        try {
            while (tokens.hasNext()) {
                Token t = tokens.next();
                switch (t.getType()) {
                    case LPAREN, LBRACKET, LBRACE -> {
                        if (++depth > max) {
                            max = depth;
                            at = new Position(t.getLine(), t.getColumn());
                        }
                    }
                    case RPAREN, RBRACKET, RBRACE -> depth--;
                    default -> {
                        // Other tokens do not nest.
                    }
                }
            }
        } catch (RuntimeException e) {
            // A bad token ends the scan; the deepest point before it is still the best position known.
        }
        return at;
    }

    /** RDF/XML recurses only inside an XML literal ({@code rdf:parseType="Literal"}), but the deepest element tells. */
    private static Position deepestXml(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int depth = 0;
        int max = 0;
        Position at = null;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > max) {
                            max = depth;
                            Location l = xml.getLocation();
                            at = new Position(l.getLineNumber(), l.getColumnNumber());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                        // Text, comments and the rest do not nest.
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // Malformed XML ends the scan; keep the deepest point before it.
        }
        return at;
    }

    private static Position deepestJson(InputStream in) {
        int depth = 0;
        int max = 0;
        Position at = null;
        try (JsonParser json = Json.createParser(in)) {
            while (json.hasNext()) {
                switch (json.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > max) {
                            max = depth;
                            JsonLocation l = json.getLocation();
                            at = new Position(l.getLineNumber(), l.getColumnNumber());
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    default -> {
                        // Values do not nest.
                    }
                }
            }
        } catch (RuntimeException e) {
            // Malformed JSON ends the scan; keep the deepest point before it.
        }
        return at;
    }
}
