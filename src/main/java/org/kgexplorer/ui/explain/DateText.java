package org.kgexplorer.ui.explain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.kgexplorer.core.explain.TimePoint;
import org.kgexplorer.ui.i18n.I18n;

/** A point in time in the interface's language, at the precision the data gives ("June 2022", "27 de junio de 2022"). */
final class DateText {
    private DateText() {
    }

    static String of(TimePoint when, I18n.Texts texts, Locale locale) {
        try {
            return switch (when.precision()) {
                case YEAR -> Integer.toString(when.year());
                case MONTH -> DateTimeFormatter.ofPattern(texts.get("date.month"), locale)
                        .format(LocalDate.of(when.year(), when.month(), 1));
                case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(LocalDate.of(when.year(), when.month(), when.day()));
                case TIME -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                        .format(LocalDate.of(when.year(), when.month(), when.day())) + " " + when.time();
            };
        } catch (DateTimeException e) {
            // A year Java's calendar does not take: the values as written.
            return when.year() + (when.month() > 0 ? "-" + when.month() : "") + (when.day() > 0 ? "-" + when.day() : "");
        }
    }
}
