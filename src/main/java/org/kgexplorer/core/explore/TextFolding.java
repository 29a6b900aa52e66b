package org.kgexplorer.core.explore;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching what a user types: lower case, accents removed ("Fiscalía" matches "fiscalia"),
 * and camel-case or punctuated identifiers split into words ("JointTaskForceAlpha" reads "joint task force alpha").
 */
public final class TextFolding {
    private TextFolding() {
    }

    /** Lower case without accents or other combining marks. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** An identifier's words: "JointTaskForceAlpha" and "joint_task-force" both give words separated by spaces. */
    public static String identifierWords(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '-' || c == '.' || c == '+') {
                out.append(' ');
                continue;
            }
            if (i > 0 && Character.isUpperCase(c)) {
                char before = name.charAt(i - 1);
                boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (Character.isLowerCase(before) || Character.isDigit(before)
                        || (Character.isUpperCase(before) && nextIsLower)) {
                    out.append(' ');
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether a word starts at {@code i} of folded text: at its start or after a character that is not a letter or digit. */
    public static boolean wordStartsAt(CharSequence text, int i) {
        return Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
}
