package org.baokan.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One step of the schema: applied once, in order, inside the opening transaction. */
interface Migration {
    /** The schema version this step produces (1, 2, …). */
    int version();

    /** What the step does, for the log. */
    String description();

    void apply(Connection c) throws SQLException;
}
