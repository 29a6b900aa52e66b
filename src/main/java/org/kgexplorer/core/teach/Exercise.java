package org.kgexplorer.core.teach;

import org.kgexplorer.core.query.Question;

/**
 * A question a student answers with a query, checked against a reference query.
 *
 * @param id        a short name the results file records (a question file's name without {@code .rq})
 * @param question  the question in plain language
 * @param hint      a hint shown on request, or empty
 * @param reference the reference query (never shown until the student asks for the solution)
 */
public record Exercise(String id, String question, String hint, String reference) {
    public Exercise {
        hint = hint == null ? "" : hint;
    }

    /**
     * The library's question as an exercise: its title (in English or Spanish) asks, its description hints, and its
     * query, without the header lines that hold the title, is the reference, its label columns in
     * {@code labelLanguage} (as the library opens it).
     */
    public static Exercise of(Question q, boolean spanish, String labelLanguage) {
        String id = q.file().endsWith(".rq") ? q.file().substring(0, q.file().length() - 3) : q.file();
        String query = q.sparqlIn(labelLanguage).replaceFirst("\\A(?:\\s*#[^\\n]*\\n)*\\s*", "");
        return new Exercise(id, spanish ? q.titleEs() : q.title(), spanish ? q.descriptionEs() : q.description(), query);
    }
}
