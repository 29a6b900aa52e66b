package org.kgexplorer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kgexplorer.cli.KgxCli;

/**
 * What the window is asked to do at start: files to load (RDF, or .rq queries to open), then optionally
 * {@code --question "<library title>"} (open and run that library question) and {@code --entity <IRI or label>}
 * (show that entity's details); or, instead of files, {@code --store DIR} (open that TDB2 database). Plain Java, so
 * the launcher checks them before JavaFX starts.
 *
 * @param files    the files and folders named, in order
 * @param store    the database folder to open, if any
 * @param question the library question's title (English or Spanish), if any
 * @param entity   the IRI or exact label of the entity to open, if any
 */
public record WindowArguments(List<Path> files, Optional<Path> store, Optional<String> question, Optional<String> entity) {
    /** How the window is started, for error messages (the command line's help shows the same line). */
    public static final String USAGE = KgxCli.WINDOW_USAGE;

    /** Reads the arguments; a bad one is an {@link IllegalArgumentException} whose message says what was wrong. */
    public static WindowArguments parse(List<String> args) {
        List<Path> files = new ArrayList<>();
        String question = null;
        String entity = null;
        String store = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("--question") || name.equals("--entity") || name.equals("--store")) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                if (value.isBlank()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                if (name.equals("--question")) {
                    question = once(name, question, value);
                } else if (name.equals("--store")) {
                    store = once(name, store, value);
                } else {
                    entity = once(name, entity, value);
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (question != null || entity != null || store != null) {
                throw new IllegalArgumentException("files come before the options: " + arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (store != null && !files.isEmpty()) {
            throw new IllegalArgumentException("--store opens a database; files go into it with: load --store "
                    + store + " --data FILE");
        }
        return new WindowArguments(List.copyOf(files), Optional.ofNullable(store).map(Path::of),
                Optional.ofNullable(question), Optional.ofNullable(entity));
    }

    private static String once(String name, String before, String value) {
        if (before != null) {
            throw new IllegalArgumentException(name + " is given twice");
        }
        return value.strip();
    }
}
