package edu.lifecycle.placement;

import edu.lifecycle.servicekit.testing.StoredStateSchemas;
import org.junit.jupiter.api.Test;

/** Every stored record's schema is committed, and its newest schema reads each older one (ADR 16). */
class StoredStateSchemasTest {

    @Test
    void everyStoredRecordHasItsSchemaCommitted() {
        StoredStateSchemas.assertEveryCommittedSchema();
    }
}
