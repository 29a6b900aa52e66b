package org.kgexplorer.core.store;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.impl.LiteralLabelFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.FactoryRDFCaching;

/**
 * The parser's node factory, Jena's own (its IRIs cached as usual) except that every literal with the same language
 * tag shares one string for the tag. Jena formats the tag of each literal into a new string: in ORG-shaped data, where
 * four literals in five have a tag, that was 269,236 copies of a handful of tags in 1 M triples, 13 bytes a triple of
 * the live heap (ADR 49). One factory per parse (blank node labels are the document's); used on the parse thread only.
 */
final class SharedLanguageTags extends FactoryRDFCaching {
    /** A tag as the parser gave it, to the same tag as Jena formats it, shared. */
    private final Map<String, String> tags = new HashMap<>();

    SharedLanguageTags(LabelToNode labels) {
        super(FactoryRDFCaching.DftNodeCacheSize, labels);
    }

    @Override
    public Node createLangLiteral(String lexical, String lang) {
        if (lang.contains("--")) {
            // a direction too (RDF 1.2): left to Jena
            return formatted(lexical, lang);
        }
        String shared = tags.get(lang);
        if (shared == null) {
            Node first = formatted(lexical, lang);
            tags.put(lang, first.getLiteralLanguage());
            return first;
        }
        return NodeFactory.createLiteral(LiteralLabelFactory.createLang(lexical, shared));
    }

    /**
     * Jena's literal with its tag formatted. Jena 5.6 lets some tags that are not valid reach its formatter from
     * RDF/XML (a warning first), and its formatter then fails with an error of its own message's making
     * ({@code xml:lang="en;"}: an {@code IllegalFormatConversionException}, found by the fuzzing): that is the data's
     * error, said as one.
     */
    private Node formatted(String lexical, String lang) {
        try {
            return super.createLangLiteral(lexical, lang);
        } catch (RiotException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidLanguageTag(lang);
        }
    }

    /** A language tag Jena could not format. */
    static final class InvalidLanguageTag extends RiotException {
        InvalidLanguageTag(String lang) {
            super("the language tag \"" + lang + "\" is not valid");
        }
    }
}
