package org.kgexplorer.ui.sources;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kgexplorer.core.store.DataLoadException;
import org.kgexplorer.core.store.TdbStore;
import org.kgexplorer.ui.i18n.I18n;

/**
 * Why data could not be loaded or a database opened, said in the window's language. The core says it in English,
 * which the command line prints as its contract (cli.md); the window reads the place from the exception and the
 * problem from a handful of forms the core writes (ours, so stable), as ADR 48 does for Jena's syntax errors. What
 * comes from elsewhere inside a form (a parser's own words, the system's reason for an unreadable file) stays as it
 * came; a problem in no known form is shown as the core said it.
 */
final class LoadProblemTexts {
    private static final Pattern NOT_VALID = Pattern.compile("not valid ([^:]+): (.*)", Pattern.DOTALL);
    private static final Pattern UNKNOWN_SYNTAX = Pattern.compile(
            "the RDF syntax is unknown: name the file with an RDF extension \\((.+)\\)");
    private static final Pattern NOT_UTF8 = Pattern.compile(
            "not valid UTF-8: byte (0x[0-9a-f]{2}) does not belong here \\(is the file in another encoding\\?\\)");
    private static final Pattern NO_RDF_FILES = Pattern.compile("the folder holds no RDF files \\(looked for (.+)\\)");
    private static final Pattern NOT_READ = Pattern.compile("could not be read \\((.+)\\)", Pattern.DOTALL);
    private static final Pattern NOT_A_DATABASE = Pattern.compile("(.+): not a TDB2 database \\((.+)\\)", Pattern.DOTALL);
    private static final Pattern HELD = Pattern.compile("(.+) is open in another program");

    private LoadProblemTexts() {
    }

    /** The whole message for the window: the place as the core gives it, then the problem in the window's language. */
    static String message(I18n.Texts texts, Throwable t) {
        if (t instanceof DataLoadException d) {
            StringBuilder place = new StringBuilder(d.location());
            if (d.line() > 0) {
                place.append(':').append(d.line());
                if (d.column() > 0) {
                    place.append(':').append(d.column());
                }
            }
            return place + ": " + problem(texts, d.problem());
        }
        if (t instanceof TdbStore.Unavailable u && u.getMessage() != null) {
            Matcher m = NOT_A_DATABASE.matcher(u.getMessage());
            if (m.matches()) {
                return texts.get("problem.notADatabase", m.group(1), "the folder holds other files".equals(m.group(2))
                        ? texts.get("problem.otherFiles") : m.group(2));
            }
            m = HELD.matcher(u.getMessage());
            if (m.matches()) {
                return texts.get("problem.held", m.group(1));
            }
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** A problem the core wrote, in the window's language when it is in a known form; else as it is. */
    static String problem(I18n.Texts texts, String english) {
        switch (english) {
            case "no such file":
                return texts.get("problem.noSuchFile");
            case "no such file or folder":
                return texts.get("problem.noSuchFileOrFolder");
            case "the file cannot be read (permission denied)":
                return texts.get("problem.permission");
            case "not gzip-compressed data, though its name ends .gz":
                return texts.get("problem.notGzip");
            case "the compressed data ends early":
                return texts.get("problem.gzipEndsEarly");
            case "nested too deeply":
                return texts.get("problem.nestedTooDeeply");
            default:
                break;
        }
        Matcher m = UNKNOWN_SYNTAX.matcher(english);
        if (m.matches()) {
            return texts.get("problem.unknownSyntax", m.group(1));
        }
        m = NOT_UTF8.matcher(english);
        if (m.matches()) {
            return texts.get("problem.notUtf8", m.group(1));
        }
        m = NOT_VALID.matcher(english);
        if (m.matches()) {
            return texts.get("problem.notValid", m.group(1), m.group(2));
        }
        m = NO_RDF_FILES.matcher(english);
        if (m.matches()) {
            return texts.get("problem.noRdfFiles", m.group(1));
        }
        m = NOT_READ.matcher(english);
        if (m.matches()) {
            return texts.get("problem.notRead", m.group(1));
        }
        return english;
    }
}
