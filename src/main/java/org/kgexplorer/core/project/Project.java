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
     * @param scene     what the view is as a scene of a lesson: what presenter mode shows, and an exercise
     */
    public record View(String captionEn, String captionEs, String query, String selected, ViewState graph,
                       Scene scene) {
        public View {
            Objects.requireNonNull(captionEn, "captionEn");
            Objects.requireNonNull(captionEs, "captionEs");
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(scene, "scene");
        }

        /** A view that, as a scene, shows its graph and sets no exercise. */
        public View(String captionEn, String captionEs, String query, String selected, ViewState graph) {
            this(captionEn, captionEs, query, selected, graph, Scene.GRAPH);
        }

        /** The same view with other captions. */
        public View withCaptions(String en, String es) {
            return new View(en, es, query, selected, graph, scene);
        }

        /** The caption in English ({@code spanish} false) or Spanish, the other one when this one is empty. */
        public String caption(boolean spanish) {
            String wanted = spanish ? captionEs : captionEn;
            return wanted.isEmpty() ? (spanish ? captionEn : captionEs) : wanted;
        }
    }

    /**
     * What a saved view is as a scene of a lesson (ADR 45): what presenter mode shows of it, and an exercise it may
     * set. The order in which its graph's nodes are revealed is the order of the view's node list.
     *
     * @param shows    the graph, the answer table of the view's query, or the step-through of that query
     * @param exercise the exercise the scene sets, or null
     */
    public record Scene(Shows shows, SceneExercise exercise) {
        /** A scene that shows its graph and sets no exercise (every view that says nothing else). */
        public static final Scene GRAPH = new Scene(Shows.GRAPH, null);

        public Scene {
            Objects.requireNonNull(shows, "shows");
        }

        /** What presenter mode shows of a scene: one thing at a time. */
        public enum Shows {
            GRAPH, TABLE, STEP_THROUGH
        }
    }

    /**
     * An exercise a scene sets: a question in English and Spanish, an optional hint in both, and the reference query
     * the student's answer is checked against (never shown until the student asks for the solution).
     */
    public record SceneExercise(String questionEn, String questionEs, String hintEn, String hintEs, String reference) {
        public SceneExercise {
            Objects.requireNonNull(questionEn, "questionEn");
            Objects.requireNonNull(questionEs, "questionEs");
            hintEn = hintEn == null ? "" : hintEn;
            hintEs = hintEs == null ? "" : hintEs;
            Objects.requireNonNull(reference, "reference");
        }

        /** The question in Spanish or English, the other one when this one is empty. */
        public String question(boolean spanish) {
            String wanted = spanish ? questionEs : questionEn;
            return wanted.isEmpty() ? (spanish ? questionEn : questionEs) : wanted;
        }

        /** The hint in Spanish or English, the other one when this one is empty. */
        public String hint(boolean spanish) {
            String wanted = spanish ? hintEs : hintEn;
            return wanted.isEmpty() ? (spanish ? hintEn : hintEs) : wanted;
        }
    }
}
