package org.kgexplorer.core.query;

/**
 * One plain-language question of the library, with its SPARQL.
 *
 * @param file          the .rq file name
 * @param title         English title, e.g. "Who takes part in Joint Task Force Alpha?"
 * @param titleEs       Spanish title
 * @param description   what the question shows, in one sentence
 * @param descriptionEs the description in Spanish, or the English one when none is given
 * @param sparql        the full text of the file, header comments included
 */
public record Question(String file, String title, String titleEs, String description, String descriptionEs,
                       String sparql) {
    /** How the library's queries choose the language of their label columns. */
    private static final java.util.regex.Pattern LABEL_LANGUAGE =
            java.util.regex.Pattern.compile("lang\\((\\?\\w+)\\)\\s*=\\s*\"en\"");

    /**
     * The SPARQL with its label columns in {@code language} (e.g. "es"): the library's queries pick English labels
     * with {@code lang(?x) = "en"}, and every entity of the bundled graph has its labels in both languages.
     */
    public String sparqlIn(String language) {
        return "en".equals(language) ? sparql
                : LABEL_LANGUAGE.matcher(sparql).replaceAll("lang($1) = \"" + language.replaceAll("[^A-Za-z-]", "") + "\"");
    }
}
