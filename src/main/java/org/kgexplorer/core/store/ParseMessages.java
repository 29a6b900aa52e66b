package org.kgexplorer.core.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes a parser's message fit on one line, without the position it repeats (we print it in front). */
public final class ParseMessages {
    private static final Pattern POSITION = Pattern.compile(
            "\\s*(\\[line: ?-?\\d+, col: ?-?\\d+\\s*\\]|at line -?\\d+, column -?\\d+\\.?|line -?\\d+, column -?\\d+:?)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Titanium's {@code JsonLdError.toString()}, which says its code twice: the message alone is kept. */
    private static final Pattern JSON_LD_ERROR = Pattern.compile("JsonLdError\\[code=.*?, message=(.*)\\]");

    private ParseMessages() {
    }

    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        Matcher jsonLd = JSON_LD_ERROR.matcher(firstLine);
        if (jsonLd.find()) {
            firstLine = firstLine.substring(0, jsonLd.start()) + jsonLd.group(1) + firstLine.substring(jsonLd.end());
        }
        String withoutPosition = POSITION.matcher(firstLine).replaceAll(" ").strip();
        return withoutPosition.replaceAll("\\s+", " ");
    }
}
