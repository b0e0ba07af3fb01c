package org.baokan.store;

import org.sqlite.BusyHandler;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * SQLite's write lock on one connection (docs/decisions/0016). Every transaction that writes
 * starts with {@code BEGIN IMMEDIATE}, so it holds the lock before it reads what it will change;
 * a deferred transaction that read first could only fail ("busy") when another process had
 * written meanwhile.
 *
 * <p>Waiting for the lock: SQLite's own busy handler sleeps up to 100 ms between tries, and
 * another importer, which releases the lock between pages for a fraction of a millisecond, would
 * hold it almost always. This handler tries every one to three milliseconds, so two importers
 * take turns. A writer gives up only when the lock was held for its whole patience <em>and</em>
 * nothing was committed meanwhile: as long as the other writer makes progress, it waits on.
 */
final class WriteLock {
    /** How long a write waits for a lock that nobody commits under. */
    static final long DEFAULT_PATIENCE_MS = 10_000;
    /**
     * Overrides {@link #DEFAULT_PATIENCE_MS} (milliseconds): tests, or an archive on a slow share
     * whose other writers hold the lock longer.
     */
    static final String PATIENCE_PROPERTY = "baokan.archive.patienceMs";

    private final Connection connection;
    private final Handler handler;

    private WriteLock(Connection connection, Handler handler) {
        this.connection = connection;
        this.handler = handler;
    }

    /** Installs the waiting busy handler on a connection. */
    static WriteLock on(Connection c) throws SQLException {
        Handler h = new Handler(patience());
        BusyHandler.setHandler(c, h);
        return new WriteLock(c, h);
    }

    static long patience() {
        String p = System.getProperty(PATIENCE_PROPERTY);
        if (p != null) {
            try {
                return Math.max(0, Long.parseLong(p.strip()));
            } catch (NumberFormatException ignored) {
                // a mistyped override: the default
            }
        }
        return DEFAULT_PATIENCE_MS;
    }

    /**
     * Takes the write lock ({@code BEGIN IMMEDIATE}), waiting while another connection holds it.
     *
     * @param patienceMs how long to wait without seeing another writer commit
     * @throws SQLException {@code SQLITE_BUSY} when it gave up
     */
    void begin(long patienceMs) throws SQLException {
        long seen = dataVersion();
        long before = handler.patienceNanos;
        handler.patienceNanos = TimeUnit.MILLISECONDS.toNanos(patienceMs);
        try {
            while (true) {
                try {
                    execute("BEGIN IMMEDIATE");
                    return;
                } catch (SQLException e) {
                    if (!isBusy(e)) {
                        throw e;
                    }
                    long now = dataVersion();
                    if (now == seen) {
                        throw e; // held all along and nothing committed: something is stuck
                    }
                    seen = now; // the other writer is getting on: wait for it again
                }
            }
        } finally {
            handler.patienceNanos = before;
        }
    }

    void begin() throws SQLException {
        begin(patience());
    }

    void commit() throws SQLException {
        execute("COMMIT");
    }

    /** Rolls back the transaction begun; an error here would hide the one that caused it. */
    void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite has already rolled back (e.g. after an I/O error), or nothing was begun
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Changes whenever another connection commits (PRAGMA data_version). */
    private long dataVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA data_version")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    static boolean isBusy(SQLException e) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code & 0xFF : e.getErrorCode() & 0xFF;
        return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    /** Tries again every one to three milliseconds until the patience is spent. */
    private static final class Handler extends BusyHandler {
        volatile long patienceNanos;
        private long firstTry;

        Handler(long patienceMs) {
            this.patienceNanos = TimeUnit.MILLISECONDS.toNanos(patienceMs);
        }

        @Override
        protected int callback(int previousTries) {
            long now = System.nanoTime();
            if (previousTries == 0) {
                firstTry = now;
            }
            if (now - firstTry >= patienceNanos) {
                return 0;
            }
            try {
                Thread.sleep(1 + ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            return 1;
        }
    }
}
