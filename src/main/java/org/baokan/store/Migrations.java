package org.baokan.store;

import org.baokan.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's versions, applied in order at open by a small runner on {@code PRAGMA user_version}
 * (docs/decisions/0007). All steps run in one transaction under the write lock; a failed step
 * leaves the archive at the version it had.
 */
final class Migrations {
    /** 'BAOK': marks the file as a Baokan archive. */
    static final int APPLICATION_ID = 1111576395;

    private Migrations() {
    }

    static List<Migration> all() {
        List<Migration> all = new ArrayList<>();
        all.add(sql(1, "papers, issues, pages, articles, guide entries", "/db/V1__archive.sql"));
        all.add(new Migration() {
            @Override
            public int version() {
                return 2;
            }

            @Override
            public String description() {
                return "full-text search index";
            }

            @Override
            public void apply(Connection c) throws SQLException {
                runScript(c, "/db/V2__search.sql");
                reindexAll(c);
            }
        });
        // people and places of articles already in the archive are filled by re-extraction (reindex)
        all.add(sql(3, "people and places", "/db/V3__people_places.sql"));
        all.add(sql(4, "teasers' summaries", "/db/V4__guide_summary.sql"));
        return all;
    }

    static int latest() {
        List<Migration> all = all();
        return all.get(all.size() - 1).version();
    }

    static Migration sql(int version, String description, String resource) {
        return new Migration() {
            @Override
            public int version() {
                return version;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void apply(Connection c) throws SQLException {
                runScript(c, resource);
            }
        };
    }

    /**
     * Brings the schema from {@code from} to the latest version, step by step, each step setting
     * {@code user_version}. Runs inside the caller's transaction, which holds the write lock
     * (Archive.prepare): a step that fails leaves the archive as it was before the first.
     */
    static void migrate(Connection c, int from) throws SQLException {
        for (Migration m : all()) {
            if (m.version() <= from) {
                continue;
            }
            m.apply(c);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = " + m.version());
            }
        }
    }

    static void runScript(Connection c, String resource) throws SQLException {
        String script;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement s = c.createStatement()) {
            for (String statement : statements(script)) {
                s.execute(statement);
            }
        }
    }

    /** Splits a script at semicolons that end a line; comments are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String l = line.strip();
            int comment = l.indexOf("--");
            if (comment >= 0) {
                l = l.substring(0, comment).strip();
            }
            if (l.isEmpty()) {
                continue;
            }
            current.append(l).append('\n');
            if (l.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** Indexes every article and guide entry already in the archive (one made before the index existed). */
    private static void reindexAll(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + Rows.ARTICLE_COLUMNS + " FROM article");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                Article a = Rows.article(r);
                SearchIndex.index(c, r.getLong("id"), a);
            }
        }
        try (PreparedStatement q = c.prepareStatement("SELECT id, kicker, title FROM guide_entry");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                SearchIndex.indexGuide(c, r.getLong(1), r.getString(2), r.getString(3));
            }
        }
    }
}
