package org.kgexplorer.core.project;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A project: what an analyst had open, as one value that a {@code .kgx} file holds (issue 17, ADR 43). The loaded
 * sources, the query tabs, the label language, the graph as it stood on screen, and any number of saved views.
 *
 * @param sources       the loaded sources, in the order they were loaded
 * @param queries       the query tabs, in order
 * @param labelLanguage the label language ({@code ENGLISH}, {@code SPANISH} or {@code BOTH}: a LabelMode's name)
 * @param working       the graph view as it stood when the project was saved, or null when the graph was empty
 * @param views         the saved views, in order
 */
public record Project(List<Source> sources, List<QueryTab> queries, String labelLanguage, View working,
                      List<View> views) {

    public Project {
        sources = List.copyOf(sources);
        queries = List.copyOf(queries);
        Objects.requireNonNull(labelLanguage, "labelLanguage");
        views = List.copyOf(views);
    }

    /** A new, empty project: the bundled graph only, one empty query tab. */
    public static Project empty() {
        return new Project(List.of(new Source.Bundled()), List.of(), "ENGLISH", null, List.of());
    }

    /** One loaded source. */
    public sealed interface Source {
        /** The graph that comes with the program (ontology and US–Mexico data). */
        record Bundled() implements Source {
        }

        /**
         * An RDF file or folder.
         *
         * @param path     where it was loaded from, as the user named it (absolute)
         * @param sha256   the SHA-256 of its bytes when the project was saved (lower-case hex), or empty for a folder
         * @param included whether its bytes travel in the project ({@code data/...}) or only its path does
         * @param readFrom where its bytes are now: the copy extracted from the project when included, else the path
         */
        record File(String path, String sha256, boolean included, Path readFrom) implements Source {
            public File {
                Objects.requireNonNull(path, "path");
                Objects.requireNonNull(sha256, "sha256");
                Objects.requireNonNull(readFrom, "readFrom");
            }

            /** A file linked by its path, read from there. */
            public static File linked(Path file, String sha256) {
                Path absolute = file.toAbsolutePath().normalize();
                return new File(absolute.toString(), sha256, false, absolute);
            }

            /** The file's name, for messages. */
            public String name() {
                Path p = Path.of(path).getFileName();
                return p == null ? path : p.toString();
            }
        }

        /** A TDB2 database folder (its data stays in the folder; a project never copies a database). */
        record Database(String folder) implements Source {
            public Database {
                Objects.requireNonNull(folder, "folder");
            }
        }

        /**
         * A remote SPARQL endpoint: its URL and how it authenticates, never the secret (the user gives that again).
         *
         * @param url  the query service, without user information
         * @param auth {@code NONE}, {@code BASIC} or {@code BEARER} (core/remote/Endpoint.Auth)
         */
        record Endpoint(URI url, String auth) implements Source {
            public Endpoint {
                Objects.requireNonNull(url, "url");
                Objects.requireNonNull(auth, "auth");
                if (url.getRawUserInfo() != null) {
                    throw new IllegalArgumentException("an endpoint's URL in a project holds no user information: " + url);
                }
            }
        }
    }

    /**
     * A query tab.
     *
     * @param title the tab's title as the user sees it (a library question's title, a file name, "Query 2")
     * @param text  the SPARQL text
     */
    public record QueryTab(String title, String text) {
        public QueryTab {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A view: a query, the graph as it stood, the selected entity and a caption in English and Spanish.
     *
     * @param captionEn the caption in English (empty for the working view)
     * @param captionEs the caption in Spanish (empty for the working view)
     * @param query     the SPARQL the view answers, or empty
     * @param selected  the IRI of the selected entity, or null
     * @param graph     the graph view's state
     */
    public record View(String captionEn, String captionEs, String query, String selected, ViewState graph) {
        public View {
            Objects.requireNonNull(captionEn, "captionEn");
            Objects.requireNonNull(captionEs, "captionEs");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(graph, "graph");
        }
    }
}
