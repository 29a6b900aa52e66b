package org.kgexplorer.core.store;

import java.util.regex.Pattern;

/** Makes a parser's message fit on one line, without the position it repeats (we print it in front). */
public final class ParseMessages {
    private static final Pattern POSITION = Pattern.compile(
            "\\s*(\\[line: ?-?\\d+, col: ?-?\\d+\\s*\\]|at line -?\\d+, column -?\\d+\\.?|line -?\\d+, column -?\\d+:?)\\s*",
            Pattern.CASE_INSENSITIVE);

    private ParseMessages() {
    }

    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        String withoutPosition = POSITION.matcher(firstLine).replaceAll(" ").strip();
        return withoutPosition.replaceAll("\\s+", " ");
    }
}
