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

    /**
     * The longest message kept: Jena's tokenizer quotes the token so far, and warns once for each bad character of a
     * long one, so a 72 KB line of an IRI gave tens of thousands of 72 KB messages, and cleaning each took the parse
     * 55 s (a fuzz finding). No one reads past this.
     */
    static final int LONGEST = 500;

    private ParseMessages() {
    }

    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        if (message.length() > LONGEST) {
            message = message.substring(0, LONGEST) + "…";
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
