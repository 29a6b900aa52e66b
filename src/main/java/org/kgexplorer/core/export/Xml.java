package org.kgexplorer.core.export;

/** Text put into XML (an SVG drawing, an evidence pack's XHTML): what comes from data is never markup. */
public final class Xml {
    private Xml() {
    }

    /**
     * The text with the markup characters escaped ({@code & < > " '}), fit for element text and attribute values
     * alike, and the characters XML 1.0 cannot hold (most control characters, lone surrogates, U+FFFE, U+FFFF)
     * dropped; null is the empty text.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
