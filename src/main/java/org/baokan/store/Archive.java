package org.baokan.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An open archive: one SQLite database file with WAL journal and foreign keys on, its schema at
 * the latest version. Opening never changes a file that is not a Baokan archive, and an archive
 * made by an older version is backed up ({@code archive.db.v1.bak}) before it is upgraded.
 *
 * <p>One connection per instance; its methods are synchronised, so an instance may be shared,
 * but concurrent readers (a search while an import runs) should open instances of their own.
 */
public final class Archive implements AutoCloseable {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** How to open. */
    public enum Mode {
        /** Read and write; a read-only file is opened read-only. */
        READ_WRITE,
        /** Never write, even to upgrade. */
        READ_ONLY
    }

    /** A unit of work on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Readers for queries split into parts that run at once (search ranking on a multi-core machine). */
    static final int PARALLEL_READERS = 2;
    /** From how many articles (by the highest article id) a read over articles runs in two halves at once. */
    static final long PARALLEL_FROM = 2_000;
    /** How long opening waits for another program that is upgrading the same archive. */
    static final long MIGRATION_PATIENCE_MS = 10 * 60 * 1000;

    /** Work over a range of article ids: above {@code after}, up to and including {@code upTo}. */
    @FunctionalInterface
    interface RangedWork<T> {
        T run(Connection c, long after, long upTo) throws SQLException;
    }

    private final Path path;
    private final Connection connection;
    private final boolean readOnly;
    /** The write lock of {@link #connection}; null when read-only. */
    private final WriteLock lock;
    private final Object parallelLock = new Object();
    private Connection[] readers;
    private ExecutorService readerThreads;

    private Archive(Path path, Connection connection, boolean readOnly, WriteLock lock) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
        this.lock = lock;
    }

    public static Archive open(Path path) throws ArchiveException {
        return open(path, Mode.READ_WRITE);
    }

    /**
     * Opens an archive. {@link Mode#READ_WRITE} makes a missing archive (and its folder) and opens
     * an archive that cannot be written read-only; {@link Mode#READ_ONLY} never creates or writes
     * anything (docs/decisions/0016).
     */
    public static Archive open(Path path, Mode mode) throws ArchiveException {
        Path file = path.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new ArchiveException(ArchiveException.Reason.FOLDER, file,
                    file + " is a folder, not an archive file.");
        }
        boolean exists = Files.exists(file);
        if (exists) {
            checkHeader(file);
        } else if (mode == Mode.READ_ONLY) {
            throw missing(file);
        } else {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new ArchiveException(ArchiveException.Reason.IO, file,
                        "The folder for the archive " + file + " cannot be created (" + e.getMessage() + ").", e);
            }
        }
        boolean readOnly = mode == Mode.READ_ONLY || exists && !isWritable(file);
        Connection c = connect(file, readOnly);
        try {
            Archive archive = new Archive(file, c, readOnly, readOnly ? null : WriteLock.on(c));
            archive.prepare();
            return archive;
        } catch (SQLException e) {
            closeQuietly(c);
            throw translate(file, e);
        } catch (ArchiveException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** The error for an archive that is not there: only import makes one. */
    public static ArchiveException missing(Path file) {
        return new ArchiveException(ArchiveException.Reason.MISSING, file, "There is no archive at " + file
                + " (only import makes a new one).");
    }

    /**
     * Whether this program may change the archive file: the file and its folder (where SQLite
     * keeps its journals) can be written.
     */
    public static boolean isWritable(Path file) {
        Path f = file.toAbsolutePath();
        Path folder = f.getParent();
        return Files.isWritable(f) && folder != null && Files.isWritable(folder);
    }

    private static void checkHeader(Path file) throws ArchiveException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (head.length == 0) {
                return; // an empty file is an empty database
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, file,
                        file + " is not a Baokan archive (it is not an SQLite database). It was left unchanged.");
            }
        } catch (IOException e) {
            throw new ArchiveException(ArchiveException.Reason.IO, file,
                    "The archive " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws ArchiveException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, WriteLock.patience()));
        // 16 MB of page cache per connection (the default is 2 MB): timelines and search read
        // thousands of scattered article rows
        config.setCacheSize(-16_384);
        String url;
        if (readOnly) {
            config.setReadOnly(true);
            url = readOnlyUri(file);
        } else {
            // journal mode is set after the file is known to be ours: switching it rewrites the header
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            url = file.toString();
        }
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + url, config.toProperties());
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /**
     * How a reading connection opens the file: {@code mode=ro}, so that nothing is ever written; and
     * {@code immutable=1} when this program cannot write the file or its folder, so that SQLite does
     * not try to make its {@code -wal} and {@code -shm} files beside it (a read-only folder, read-only
     * media, a file of mode 0444). An archive whose write-ahead log still holds pages (its last
     * writer was killed) is not immutable: its newest pages are in the log, which SQLite must read.
     */
    static String readOnlyUri(Path file) {
        String uri = "file:" + file.toUri().getRawPath() + "?mode=ro";
        return isWritable(file) || hasJournal(file) ? uri : uri + "&immutable=1";
    }

    private static boolean hasJournal(Path file) {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true; // cannot tell: let SQLite look
        }
    }

    /** What the file says it is. */
    private record Schema(int appId, int version, int tables) {
        boolean fresh() {
            return appId == 0 && version == 0 && tables == 0;
        }
    }

    private Schema schema() throws SQLException {
        try (Statement s = connection.createStatement()) {
            return new Schema(intValue(s, "PRAGMA application_id"), intValue(s, "PRAGMA user_version"),
                    intValue(s, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
        }
    }

    /** Refuses another program's database and an archive of a newer version. */
    private void check(Schema s) throws ArchiveException {
        if (!s.fresh() && s.appId() != Migrations.APPLICATION_ID) {
            throw new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, path, path
                    + " is not a Baokan archive (it is another program's SQLite database). It was left unchanged.");
        }
        if (s.version() > Migrations.latest()) {
            throw new ArchiveException(ArchiveException.Reason.NEWER_VERSION, path, "The archive " + path
                    + " was made by a newer version of Baokan Reader; please update the program. It was left unchanged.");
        }
    }

    /**
     * Checks that the file is a Baokan archive and brings its schema to the latest version. The
     * version is read again, and the migrations run, under the write lock: two programs opening a
     * new or old archive at once upgrade it once, the second finding it done.
     */
    private void prepare() throws ArchiveException, SQLException {
        Schema seen = schema();
        check(seen);
        if (!readOnly) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
        }
        if (seen.version() == Migrations.latest()) {
            return;
        }
        if (readOnly) {
            throw new ArchiveException(ArchiveException.Reason.READ_ONLY_NEEDS_UPGRADE, path, "The archive " + path
                    + " needs upgrading to this version of Baokan Reader, but it is read-only. It was left unchanged.");
        }
        // another program may be upgrading it (a large archive takes a while): wait long for it
        lock.begin(Math.max(MIGRATION_PATIENCE_MS, WriteLock.patience()));
        try {
            Schema now = schema();
            check(now);
            if (now.version() < Migrations.latest()) {
                if (!now.fresh()) {
                    backup(now.version());
                }
                Migrations.migrate(connection, now.version());
            }
            lock.commit();
        } catch (SQLException | ArchiveException | RuntimeException e) {
            lock.rollbackQuietly();
            throw e;
        }
    }

    /**
     * A copy of an archive before its schema is upgraded, beside it: {@code archive.db.v1.bak}.
     * Taken under the write lock, on a reading connection of its own (VACUUM cannot run inside
     * the transaction that holds the lock); the copy is the archive as it was before the upgrade.
     */
    private void backup(int version) throws SQLException, ArchiveException {
        Path copy = path.resolveSibling(path.getFileName() + ".v" + version + ".bak");
        int n = 2;
        while (Files.exists(copy)) {
            copy = path.resolveSibling(path.getFileName() + ".v" + version + "." + n++ + ".bak");
        }
        Connection reader = connect(path, true);
        try (PreparedStatement s = reader.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, copy.toString());
            s.execute();
        } finally {
            closeQuietly(reader);
        }
    }

    private static int intValue(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** Turns an SQLite error into a plain sentence that says the file was left as it was. */
    static ArchiveException translate(Path path, SQLException e) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code & 0xFF : e.getErrorCode() & 0xFF;
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new ArchiveException(ArchiveException.Reason.NOT_AN_ARCHIVE, path,
                    path + " is not a Baokan archive (it is not an SQLite database). It was left unchanged.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new ArchiveException(ArchiveException.Reason.DAMAGED, path, "The archive " + path
                    + " is damaged and cannot be used; it was left unchanged. Restore it from a backup or choose another archive.",
                    e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code || code == SQLiteErrorCode.SQLITE_CANTOPEN.code
                && !Files.isWritable(path)) {
            return new ArchiveException(ArchiveException.Reason.READ_ONLY, path,
                    "The archive " + path + " is read-only; nothing was changed.", e);
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new ArchiveException(ArchiveException.Reason.BUSY, path, "The archive " + path
                    + " is busy: another program has kept it locked without finishing anything; try again when it is done.",
                    e);
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code == SQLiteErrorCode.SQLITE_IOERR.code
                || code == SQLiteErrorCode.SQLITE_FULL.code) {
            return new ArchiveException(ArchiveException.Reason.IO, path,
                    "The archive " + path + " cannot be used: " + firstLine(e.getMessage()), e);
        }
        return new ArchiveException(ArchiveException.Reason.IO, path,
                "The archive " + path + " reported an error: " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public Path path() {
        return path;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public ArchiveReader reader() {
        return new ArchiveReader(this);
    }

    /**
     * The writer, which gives guide entries the targets {@code guide} chooses; refused for an
     * archive opened read-only.
     */
    public ArchiveWriter writer(GuideTargets guide) throws ArchiveException {
        if (readOnly) {
            throw new ArchiveException(ArchiveException.Reason.READ_ONLY, path,
                    "The archive " + path + " is read-only; nothing was changed.");
        }
        return new ArchiveWriter(this, guide);
    }

    public EntityStore entities() {
        return new EntityStore(this);
    }

    public SearchIndex searchIndex() {
        return new SearchIndex(this);
    }

    /** The schema version of the open archive. */
    public int schemaVersion() throws ArchiveException {
        return read(c -> {
            try (Statement s = c.createStatement()) {
                return intValue(s, "PRAGMA user_version");
            }
        });
    }

    /** Whether the archive holds no page. */
    public boolean isEmpty() throws ArchiveException {
        return read(c -> {
            try (Statement s = c.createStatement()) {
                return intValue(s, "SELECT count(*) FROM page") == 0;
            }
        });
    }

    /** Runs SQLite's integrity check; "ok" when the file is sound. */
    public String integrityCheck() throws ArchiveException {
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                StringBuilder b = new StringBuilder();
                while (r.next()) {
                    b.append(b.length() == 0 ? "" : "\n").append(r.getString(1));
                }
                return b.toString();
            }
        });
    }

    /**
     * Runs read-only work on connections of its own, in parallel, one connection per part (at most
     * {@link #PARALLEL_READERS}). The main connection stays free, so writing goes on meanwhile.
     */
    <T> List<T> readInParallel(List<Work<T>> parts) throws ArchiveException {
        if (parts.size() > PARALLEL_READERS) {
            throw new IllegalArgumentException("at most " + PARALLEL_READERS + " parts");
        }
        synchronized (parallelLock) {
            if (readers == null) {
                readers = new Connection[PARALLEL_READERS];
                for (int i = 0; i < PARALLEL_READERS; i++) {
                    readers[i] = connect(path, true);
                }
                readerThreads = Executors.newFixedThreadPool(PARALLEL_READERS, r -> {
                    Thread t = new Thread(r, "archive-reader");
                    t.setDaemon(true);
                    return t;
                });
            }
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Connection c = readers[i];
                Work<T> w = parts.get(i);
                futures.add(readerThreads.submit(() -> w.run(c)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    out.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ArchiveException(ArchiveException.Reason.IO, path, "The search was interrupted.", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof SQLException se) {
                        throw translate(path, se);
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return out;
        }
    }

    /**
     * A read over the articles: below {@link #PARALLEL_FROM} articles {@code whole} in one piece;
     * above, {@code half} over the two halves of the article ids, {@link #readInParallel in parallel}.
     *
     * @return the one result, or the two halves' results in id order
     */
    <T> List<T> readInHalves(Work<T> whole, RangedWork<T> half) throws ArchiveException {
        long max = read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(id), 0) FROM article");
                 ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
        if (max < PARALLEL_FROM) {
            return java.util.Collections.singletonList(read(whole));
        }
        long mid = max / 2;
        return readInParallel(List.of(c -> half.run(c, Long.MIN_VALUE, mid), c -> half.run(c, mid, Long.MAX_VALUE)));
    }

    synchronized <T> T read(Work<T> work) throws ArchiveException {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    /**
     * Runs work in one transaction, all of it or nothing, holding the write lock from its start
     * ({@code BEGIN IMMEDIATE}); waits while another program writes (see {@link WriteLock}).
     */
    synchronized <T> T write(Work<T> work) throws ArchiveException {
        if (readOnly) {
            throw new ArchiveException(ArchiveException.Reason.READ_ONLY, path,
                    "The archive " + path + " is read-only; nothing was changed.");
        }
        try {
            lock.begin();
            try {
                T result = work.run(connection);
                lock.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                lock.rollbackQuietly();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(path, e);
        }
    }

    @Override
    public synchronized void close() {
        synchronized (parallelLock) {
            if (readers != null) {
                readerThreads.shutdownNow();
                for (Connection c : readers) {
                    closeQuietly(c);
                }
                readers = null;
            }
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a connection that failed to open properly; nothing to tell the user
        }
    }
}
