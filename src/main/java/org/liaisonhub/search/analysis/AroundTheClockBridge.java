package org.liaisonhub.search.analysis;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.liaisonhub.directory.domain.Availability;

/**
 * An entry's availability as the search's "availability" facet: {@value #AROUND_THE_CLOCK} for a 24/7 one, nothing
 * otherwise (office hours change by the minute, so "open now" is the finder's business, not the index's).
 */
public class AroundTheClockBridge implements ValueBridge<Availability, String> {

    /** The facet value of a 24/7 entry (and the filter {@code availability=24-7}). */
    public static final String AROUND_THE_CLOCK = "24-7";

    @Override
    public String toIndexedValue(Availability value, ValueBridgeToIndexedValueContext context) {
        return value != null && value.isAroundTheClock() ? AROUND_THE_CLOCK : null;
    }
}
