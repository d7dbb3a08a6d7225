package org.rfsweep.spark;

import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/** Starts Spark on first use only (after validation, lock and plan) and stops it on close. */
public final class LazySession implements Supplier<SparkSession>, AutoCloseable {
    private final String master;
    private SparkSession session;

    public LazySession(String master) {
        this.master = master;
    }

    @Override
    public synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessions.create(master);
        }
        return session;
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }
}
