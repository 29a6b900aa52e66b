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
}
