package org.kgexplorer.core.query.completion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kgexplorer.core.query.completion.SparqlToken.Type;

/** The PREFIX declarations of a query's text, and where a new one goes. */
public final class PrefixDeclarations {
    private PrefixDeclarations() {
    }

    /** Prefix name (without the colon) to namespace, for every {@code PREFIX name: <ns>} in the text. */
    public static Map<String, String> declared(String text) {
        return declared(text, SparqlLexer.tokens(text));
    }

    static Map<String, String> declared(String text, List<SparqlToken> tokens) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        List<SparqlToken> meaningful = tokens.stream()
                .filter(t -> t.type() != Type.WHITESPACE && t.type() != Type.COMMENT).toList();
        for (int i = 0; i + 2 < meaningful.size(); i++) {
            SparqlToken keyword = meaningful.get(i);
            SparqlToken name = meaningful.get(i + 1);
            SparqlToken iri = meaningful.get(i + 2);
            if (keyword.type() == Type.KEYWORD && text.substring(keyword.start(), keyword.end()).equalsIgnoreCase("PREFIX")
                    && name.type() == Type.PREFIXED_NAME && text.charAt(name.end() - 1) == ':' && iri.type() == Type.IRI) {
                prefixes.put(text.substring(name.start(), name.end() - 1), text.substring(iri.start() + 1, iri.end() - 1));
            }
        }
        return prefixes;
    }

    /**
     * The edit that declares a prefix: on a new line after the last PREFIX or BASE line, or, when there is
     * none, before the first line that is neither blank nor a comment (so a header comment stays on top).
     */
    public static TextEdit declaration(String text, String prefix, String namespace) {
        String line = "PREFIX " + prefix + ": <" + namespace + ">";
        int lastDeclarationLineEnd = -1;
        for (SparqlToken t : SparqlLexer.tokens(text)) {
            if (t.type() == Type.KEYWORD) {
                String word = text.substring(t.start(), t.end());
                if (word.equalsIgnoreCase("PREFIX") || word.equalsIgnoreCase("BASE")) {
                    lastDeclarationLineEnd = lineEnd(text, t.start());
                } else {
                    break;
                }
            } else if (t.type() != Type.WHITESPACE && t.type() != Type.COMMENT && lastDeclarationLineEnd < 0) {
                break;
            }
        }
        if (lastDeclarationLineEnd >= 0) {
            return new TextEdit(lastDeclarationLineEnd, 0, "\n" + line);
        }
        int offset = 0;
        while (offset < text.length()) {
            int end = lineEnd(text, offset);
            String content = text.substring(offset, end).strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                break;
            }
            offset = Math.min(text.length(), end + 1);
        }
        if (offset >= text.length() && !text.isEmpty() && !text.endsWith("\n")) {
            return new TextEdit(text.length(), 0, "\n" + line + "\n");
        }
        return new TextEdit(offset, 0, line + "\n");
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
