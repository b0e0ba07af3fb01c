package org.baokan.store;

import org.baokan.model.Article;
import org.baokan.model.ArticleKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The full-text index (FTS5, contentless, one token per Han character; docs/decisions/0008).
 * Matching takes an FTS5 expression built by the search package from user words, always as
 * quoted phrases, and returns article ids ranked by bm25 with titles weighted above the body.
 */
public final class SearchIndex {
    /** bm25 column weights: headline words count ten times body words. */
    static final double TITLE_WEIGHT = 10.0;
    static final double BODY_WEIGHT = 1.0;

    private final Archive archive;

    SearchIndex(Archive archive) {
        this.archive = archive;
    }

    /**
     * Filters applied with the match; null means no limit.
     *
     * @param paper the paper's name
     * @param from  first issue date, inclusive
     * @param to    last issue date, inclusive
     * @param kind  the article kind
     */
    public record Filter(String paper, LocalDate from, LocalDate to, ArticleKind kind) {
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** A ranked match. */
    public record Match(long articleId, double score) {
    }

    /** The matches on one page of results, and how many there are in all. */
    public record Matches(List<Match> matches, int total) {
    }

    static void index(Connection c, long articleId, Article a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)")) {
            s.setLong(1, articleId);
            s.setString(2, FtsText.tokens(titleText(a)));
            s.setString(3, FtsText.tokens(bodyText(a)));
            s.executeUpdate();
        }
    }

    static void indexGuide(Connection c, long guideId, String kicker, String title) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO guide_fts (rowid, title) VALUES (?, ?)")) {
            s.setLong(1, guideId);
            s.setString(2, FtsText.tokens((kicker == null ? "" : kicker + "\n") + (title == null ? "" : title)));
            s.executeUpdate();
        }
    }

    static void remove(Connection c, long articleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM article_fts WHERE rowid = ?")) {
            s.setLong(1, articleId);
            s.executeUpdate();
        }
    }

    /** Kicker, title and subtitle: the words that rank highest. */
    public static String titleText(Article a) {
        StringBuilder b = new StringBuilder();
        for (String s : new String[]{a.kicker(), a.title(), a.subtitle()}) {
            if (s != null) {
                b.append(s).append('\n');
            }
        }
        return b.toString();
    }

    /** Byline, dateline and paragraphs: a search for a reporter's name finds their stories. */
    public static String bodyText(Article a) {
        StringBuilder b = new StringBuilder();
        if (a.byline() != null) {
            b.append(a.byline()).append('\n');
        }
        if (a.dateline() != null) {
            b.append(a.dateline()).append('\n');
        }
        for (String p : a.paragraphs()) {
            b.append(p).append('\n');
        }
        return b.toString();
    }

    /**
     * Matches an FTS5 expression. The expression must come from the search package's query
     * builder, which quotes every user word; it is bound as a parameter, never spliced into SQL.
     */
    public Matches match(String ftsExpression, Filter filter, int limit, int offset) throws ArchiveException {
        StringBuilder where = new StringBuilder(" WHERE article_fts MATCH ?");
        List<Object> args = new ArrayList<>();
        args.add(ftsExpression);
        boolean join = filter.paper() != null || filter.from() != null || filter.to() != null || filter.kind() != null;
        if (filter.paper() != null) {
            where.append(" AND paper.name = ?");
            args.add(filter.paper());
        }
        if (filter.from() != null) {
            where.append(" AND issue.date >= ?");
            args.add(filter.from().toString());
        }
        if (filter.to() != null) {
            where.append(" AND issue.date <= ?");
            args.add(filter.to().toString());
        }
        if (filter.kind() != null) {
            where.append(" AND article.kind = ?");
            args.add(filter.kind().code());
        }
        String from = " FROM article_fts" + (join ? " JOIN article ON article.id = article_fts.rowid"
                + " JOIN page ON page.id = article.page_id JOIN issue ON issue.id = page.issue_id"
                + " LEFT JOIN paper ON paper.id = issue.paper_id" : "");
        String rank = "bm25(article_fts, " + TITLE_WEIGHT + ", " + BODY_WEIGHT + ")";
        return archive.read(c -> {
            List<Match> matches = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT article_fts.rowid, " + rank + " AS score" + from + where
                    + " ORDER BY score LIMIT ? OFFSET ?")) {
                int i = bind(s, args);
                s.setInt(i++, limit);
                s.setInt(i, offset);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        matches.add(new Match(r.getLong(1), -r.getDouble(2)));
                    }
                }
            }
            int total;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*)" + from + where)) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    total = r.next() ? r.getInt(1) : 0;
                }
            }
            return new Matches(matches, total);
        });
    }

    /**
     * Matches guide entries and teasers (the kind filter does not apply to them). Returns guide
     * entry ids, best first.
     */
    public Matches matchGuide(String ftsExpression, Filter filter, int limit) throws ArchiveException {
        StringBuilder where = new StringBuilder(" WHERE guide_fts MATCH ?");
        List<Object> args = new ArrayList<>();
        args.add(ftsExpression);
        if (filter.paper() != null) {
            where.append(" AND paper.name = ?");
            args.add(filter.paper());
        }
        if (filter.from() != null) {
            where.append(" AND issue.date >= ?");
            args.add(filter.from().toString());
        }
        if (filter.to() != null) {
            where.append(" AND issue.date <= ?");
            args.add(filter.to().toString());
        }
        String from = " FROM guide_fts JOIN guide_entry g ON g.id = guide_fts.rowid JOIN page ON page.id = g.page_id"
                + " JOIN issue ON issue.id = page.issue_id LEFT JOIN paper ON paper.id = issue.paper_id";
        return archive.read(c -> {
            List<Match> matches = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT guide_fts.rowid, bm25(guide_fts) AS score" + from
                    + where + " ORDER BY score LIMIT ?")) {
                int i = bind(s, args);
                s.setInt(i, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        matches.add(new Match(r.getLong(1), -r.getDouble(2)));
                    }
                }
            }
            int total;
            try (PreparedStatement s = c.prepareStatement("SELECT count(*)" + from + where)) {
                bind(s, args);
                try (ResultSet r = s.executeQuery()) {
                    total = r.next() ? r.getInt(1) : 0;
                }
            }
            return new Matches(matches, total);
        });
    }

    private static int bind(PreparedStatement s, List<Object> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            s.setString(i++, a.toString());
        }
        return i;
    }
}
