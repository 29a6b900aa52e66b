package org.kgexplorer.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class TimePointTest {

    private static Node lit(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    @Test
    void readsEachDatatypeAtItsOwnPrecision() {
        assertEquals(new TimePoint(2022, 0, 0, "", TimePoint.Precision.YEAR), TimePoint.of(lit("2022", XSDDatatype.XSDgYear)));
        assertEquals(new TimePoint(2022, 6, 0, "", TimePoint.Precision.MONTH),
                TimePoint.of(lit("2022-06", XSDDatatype.XSDgYearMonth)));
        assertEquals(new TimePoint(2022, 6, 27, "", TimePoint.Precision.DAY),
                TimePoint.of(lit("2022-06-27", XSDDatatype.XSDdate)));
        assertEquals(new TimePoint(2022, 7, 12, "09:30:00-05:00", TimePoint.Precision.TIME),
                TimePoint.of(lit("2022-07-12T09:30:00-05:00", XSDDatatype.XSDdateTime)));
        assertEquals(new TimePoint(2022, 7, 12, "", TimePoint.Precision.DAY),
                TimePoint.of(lit("2022-07-12Z", XSDDatatype.XSDdate)), "a date's time zone is dropped");
    }

    @Test
    void invalidAndOtherValuesAreNoPoints() {
        assertNull(TimePoint.of(lit("2022-13-40", XSDDatatype.XSDdate)));
        assertNull(TimePoint.of(lit("June 27", XSDDatatype.XSDdate)));
        assertNull(TimePoint.of(lit("2022", XSDDatatype.XSDinteger)));
        assertNull(TimePoint.of(NodeFactory.createLiteralString("2022-06-27")));
        assertNull(TimePoint.of(NodeFactory.createURI("http://example.org/x")));
    }

    @Test
    void coarserPointsComeBeforeTheFinerPointsInsideThem() {
        TimePoint year = TimePoint.of(lit("2022", XSDDatatype.XSDgYear));
        TimePoint june = TimePoint.of(lit("2022-06", XSDDatatype.XSDgYearMonth));
        TimePoint day = TimePoint.of(lit("2022-06-27", XSDDatatype.XSDdate));
        TimePoint morning = TimePoint.of(lit("2022-06-27T08:00:00Z", XSDDatatype.XSDdateTime));
        TimePoint july = TimePoint.of(lit("2022-07-12", XSDDatatype.XSDdate));
        TimePoint before = TimePoint.of(lit("2021-12-31", XSDDatatype.XSDdate));
        List<TimePoint> points = new ArrayList<>(List.of(july, morning, day, june, year, before));
        Collections.shuffle(points, new java.util.Random(3));
        Collections.sort(points);
        assertEquals(List.of(before, year, june, day, morning, july), points);
        assertEquals(2022.0, year.position());
        assertEquals(2022 + 5 / 12.0, june.position(), 1e-9);
    }
}
