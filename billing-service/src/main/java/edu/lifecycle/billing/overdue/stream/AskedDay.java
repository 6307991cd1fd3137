package edu.lifecycle.billing.overdue.stream;

import edu.lifecycle.servicekit.state.StateSerde;
import java.time.LocalDate;
import org.apache.kafka.common.serialization.Serde;

/**
 * The day the overdue scan last asked an account, as {@link OverdueScanTopology#ASKED_STORE} and its changelog hold
 * it: a record of one date, in binary since ADR 16. The earlier releases stored the bare date as JSON text, which is
 * still read.
 */
record AskedDay(LocalDate day) {

    /** The store's serde: the day in, the record on disk and in the changelog. */
    static Serde<LocalDate> serde() {
        return StateSerde.storedAs(AskedDay.class, AskedDay::new, AskedDay::day, LocalDate.class);
    }
}
