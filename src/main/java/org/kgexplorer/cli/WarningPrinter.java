package org.kgexplorer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.kgexplorer.core.store.DataWarning;

/**
 * Prints a lenient load's warnings on stderr: the first {@value #SHOWN} as they come, then one line that counts the
 * rest, so that stderr stays short (at most 21 warning lines, then possibly the one error line).
 */
final class WarningPrinter implements Consumer<DataWarning> {
    static final int SHOWN = 20;
    private final PrintWriter err;
    private final Map<String, Long> unshown = new LinkedHashMap<>();
    private int shown;

    WarningPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void accept(DataWarning warning) {
        if (shown < SHOWN) {
            shown++;
            err.println(oneLine(warning.toString()));
            err.flush();
        } else {
            unshown.merge(warning.location(), 1L, Long::sum);
        }
    }

    /** The line that counts the warnings not shown, once the load is over (nothing when all were shown). */
    synchronized void finish() {
        if (unshown.isEmpty()) {
            return;
        }
        Map.Entry<String, Long> first = unshown.entrySet().iterator().next();
        long others = unshown.values().stream().mapToLong(Long::longValue).sum() - first.getValue();
        String line = first.getKey() + ": " + first.getValue() + " more warning" + (first.getValue() == 1 ? "" : "s");
        if (others > 0) {
            line += " (and " + others + " in " + (unshown.size() - 1) + " other file" + (unshown.size() == 2 ? "" : "s") + ")";
        }
        err.println(oneLine(line));
        err.flush();
        unshown.clear();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
