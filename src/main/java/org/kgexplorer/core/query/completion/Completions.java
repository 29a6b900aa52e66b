package org.kgexplorer.core.query.completion;

import java.util.ArrayList;
import java.util.List;

/** What accepting a proposal does to the query: replace the typed word, and declare a missing prefix. */
public final class Completions {
    private Completions() {
    }

    /**
     * The edits that accept a proposal, and where the caret goes.
     *
     * @param edits to apply one after the other, last position first, so each offset is valid when applied
     * @param caret the caret offset in the text after all edits: just after the inserted name
     */
    public record Accepted(List<TextEdit> edits, int caret) {

        /** The text after the edits. */
        public String applyTo(String text) {
            String result = text;
            for (TextEdit e : edits) {
                result = e.applyTo(result);
            }
            return result;
        }
    }

    public static Accepted accept(String text, CompletionContext context, Completion completion) {
        List<TextEdit> edits = new ArrayList<>();
        TextEdit word = new TextEdit(context.start(), context.end() - context.start(), completion.insert());
        int caret = context.start() + completion.insert().length();
        TextEdit declaration = null;
        if (completion.needsPrefix() && !PrefixDeclarations.declared(text).containsKey(completion.prefix())) {
            declaration = PrefixDeclarations.declaration(text, completion.prefix(), completion.namespace());
        }
        if (declaration != null && declaration.offset() > word.offset()) {
            edits.add(declaration);
            edits.add(word);
        } else {
            edits.add(word);
            if (declaration != null) {
                edits.add(declaration);
                caret += declaration.text().length();
            }
        }
        return new Accepted(List.copyOf(edits), caret);
    }
}
