package org.kgexplorer.core.explain;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * A point in time as the data gives it: a year ({@code xsd:gYear}), a month ({@code xsd:gYearMonth}), a day
 * ({@code xsd:date}) or a moment ({@code xsd:dateTime}), kept at the precision given (June 2022 is not made June 1).
 * Points sort by year, month, day and time; a coarser point sorts before the finer points inside it (June 2022 before
 * June 27, 2022), and the time zone, when given, is kept in {@link #time} but not converted.
 *
 * @param year      the year (negative before year 1, as XML Schema 1.1 writes it)
 * @param month     1 to 12, or 0 for a year
 * @param day       1 to 31, or 0 for a year or a month
 * @param time      the time of day as written ({@code 09:30:00Z}), or empty
 * @param precision how much of the point the data gives
 */
public record TimePoint(int year, int month, int day, String time, Precision precision) implements Comparable<TimePoint> {

    /** How much of a point in time the data gives. */
    public enum Precision { YEAR, MONTH, DAY, TIME }

    private static final Pattern LEXICAL = Pattern.compile(
            "(-?\\d{4,9})(?:-(\\d{2}))?(?:-(\\d{2}))?(?:T([0-9:.]+))?(Z|[+-]\\d{2}:\\d{2})?");
    private static final Comparator<TimePoint> ORDER = Comparator.comparingInt(TimePoint::year)
            .thenComparingInt(TimePoint::month).thenComparingInt(TimePoint::day).thenComparing(TimePoint::time);

    /**
     * The point a typed literal stands for, or null when the literal is not an {@code xsd:date},
     * {@code xsd:dateTime}, {@code xsd:dateTimeStamp}, {@code xsd:gYear} or {@code xsd:gYearMonth}, or is not a
     * valid one ({@code "2022-13-40"^^xsd:date}).
     */
    public static TimePoint of(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return null;
        }
        RDFDatatype type = literal.getLiteralDatatype();
        Precision precision = precisionOf(literal.getLiteralDatatypeURI());
        String lexical = literal.getLiteralLexicalForm().strip();
        if (precision == null || type == null || !type.isValid(lexical)) {
            return null;
        }
        Matcher m = LEXICAL.matcher(lexical);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String time = m.group(4) == null ? "" : m.group(4) + (m.group(5) == null ? "" : m.group(5));
        boolean shapeFits = switch (precision) {
            case YEAR -> month == 0 && day == 0 && time.isEmpty();
            case MONTH -> month > 0 && day == 0 && time.isEmpty();
            case DAY -> day > 0 && time.isEmpty();
            case TIME -> day > 0 && !time.isEmpty();
        };
        return shapeFits ? new TimePoint(year, month, day, time, precision) : null;
    }

    /** The precision a datatype gives, or null when it is not one of the date and time types read here. */
    public static Precision precisionOf(String datatypeUri) {
        if (datatypeUri == null) {
            return null;
        }
        if (datatypeUri.equals(XSDDatatype.XSDgYear.getURI())) {
            return Precision.YEAR;
        }
        if (datatypeUri.equals(XSDDatatype.XSDgYearMonth.getURI())) {
            return Precision.MONTH;
        }
        if (datatypeUri.equals(XSDDatatype.XSDdate.getURI())) {
            return Precision.DAY;
        }
        if (datatypeUri.equals(XSDDatatype.XSDdateTime.getURI())
                || datatypeUri.equals(XSDDatatype.XSDdateTimeStamp.getURI())) {
            return Precision.TIME;
        }
        return null;
    }

    /** Where the point falls in years, for drawing on an axis: the year plus the fraction of it before the point. */
    public double position() {
        double m = month == 0 ? 0 : month - 1;
        double d = day == 0 ? 0 : day - 1;
        return year + (m + d / 31.0) / 12.0;
    }

    @Override
    public int compareTo(TimePoint other) {
        return ORDER.compare(this, other);
    }
}
