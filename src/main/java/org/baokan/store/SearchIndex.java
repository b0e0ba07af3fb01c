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
import java.util.StringJoiner;

/**
 * The full-text indexes (docs/decisions/0008): FTS5, contentless, over normalised text. Terms of
 * two or more characters are matched as phrases in the bigram index, single Han characters in
 * the unigram index; bm25 ranks with headline words weighted above body words. User terms are
 * turned into quoted FTS5 phrases here and bound as parameters: nothing a user types is ever
 * syntax.
 */
public final class SearchIndex {
    /** bm25 column weights: headline words count ten times body words. */
    static final double TITLE_WEIGHT = 10.0;
    static final double BODY_WEIGHT = 1.0;
    private static final String BIGRAMS = "article_bi";
    private static final String UNIGRAMS = "article_uni";

    private final Archive archive;

    SearchIndex(Archive archive) {
        this.archive = archive;
    }

    /**
     * Terms as the user typed them: all of {@code include} must match, none of {@code exclude}.
     *
     * @param include words and phrases that must all occur
     * @param exclude words and phrases that must not occur
     */
    public record Query(List<String> include, List<String> exclude) {
        public Query {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }
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
        String title = titleText(a);
        String body = bodyText(a);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + BIGRAMS + " (rowid, title, body) VALUES (?, ?, ?)")) {
            s.setLong(1, articleId);
            s.setString(2, FtsText.bigrams(title));
            s.setString(3, FtsText.bigrams(body));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + UNIGRAMS + " (rowid, title, body) VALUES (?, ?, ?)")) {
            s.setLong(1, articleId);
            s.setString(2, FtsText.unigrams(title));
            s.setString(3, FtsText.unigrams(body));
            s.executeUpdate();
        }
    }

    static void indexGuide(Connection c, long guideId, String kicker, String title) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO guide_fts (rowid, title) VALUES (?, ?)")) {
            s.setLong(1, guideId);
            s.setString(2, FtsText.unigrams((kicker == null ? "" : kicker + "\n") + (title == null ? "" : title)));
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

    /** A query split by index: the table that ranks, its expression, and constraints from the other. */
    private record Plan(String table, String expression, String otherInclude, String otherExclude, String otherTable) {
    }

    /** Which index answers which terms; null when nothing is left to search for. */
    static Plan plan(Query q) {
        List<String> uniIn = new ArrayList<>();
        List<String> biIn = new ArrayList<>();
        List<String> uniOut = new ArrayList<>();
        List<String> biOut = new ArrayList<>();
        for (String t : q.include()) {
            String p = FtsText.isSingleHan(t) ? FtsText.unigramPhrase(t) : FtsText.bigramPhrase(t);
            if (p != null) {
                (FtsText.isSingleHan(t) ? uniIn : biIn).add(p);
            }
        }
        for (String t : q.exclude()) {
            String p = FtsText.isSingleHan(t) ? FtsText.unigramPhrase(t) : FtsText.bigramPhrase(t);
            if (p != null) {
                (FtsText.isSingleHan(t) ? uniOut : biOut).add(p);
            }
        }
        if (!biIn.isEmpty()) {
            return new Plan(BIGRAMS, expression(biIn, biOut), uniIn.isEmpty() ? null : String.join(" AND ", uniIn),
                    uniOut.isEmpty() ? null : String.join(" OR ", uniOut), UNIGRAMS);
        }
        if (!uniIn.isEmpty()) {
            return new Plan(UNIGRAMS, expression(uniIn, uniOut), null,
                    biOut.isEmpty() ? null : String.join(" OR ", biOut), BIGRAMS);
        }
        return null;
    }

    private static String expression(List<String> include, List<String> exclude) {
        StringBuilder b = new StringBuilder(String.join(" AND ", include));
        for (String e : exclude) {
            b.append(" NOT ").append(e);
        }
        return b.toString();
    }

    /** The FTS5 expression the ranking index is asked, for tests and diagnostics. */
    static String expressionOf(Query q) {
        Plan p = plan(q);
        return p == null ? null : p.table() + ": " + p.expression();
    }

    /**
     * Matches a query: ranked by bm25, with filters, the page of results asked for and the total
     * (for a limit of 0 the total alone).
     *
     * <p>bm25 costs about a microsecond per matching article, and a one-character query matches
     * most of an archive; so a large archive is ranked in two halves by rowid on two connections
     * at once, and the halves' best are merged (bm25's IDF is computed over the whole table, so
     * scores do not depend on the split).
     */
    public Matches match(Query query, Filter filter, int limit, int offset) throws ArchiveException {
        Plan plan = plan(query);
        if (plan == null) {
            return new Matches(List.of(), 0);
        }
        limit = Math.max(0, limit); // 0: only how many match
        String t = plan.table();
        StringBuilder where = new StringBuilder(" WHERE " + t + " MATCH ?");
        List<Object> args = new ArrayList<>();
        args.add(plan.expression());
        if (plan.otherInclude() != null) {
            where.append(" AND ").append(t).append(".rowid IN (SELECT rowid FROM ").append(plan.otherTable())
                    .append(" WHERE ").append(plan.otherTable()).append(" MATCH ?)");
            args.add(plan.otherInclude());
        }
        if (plan.otherExclude() != null) {
            where.append(" AND ").append(t).append(".rowid NOT IN (SELECT rowid FROM ").append(plan.otherTable())
                    .append(" WHERE ").append(plan.otherTable()).append(" MATCH ?)");
            args.add(plan.otherExclude());
        }
        boolean join = filter.paper() != null || filter.from() != null || filter.to() != null || filter.kind() != null;
        appendFilter(filter, where, args);
        if (filter.kind() != null) {
            where.append(" AND article.kind = ?");
            args.add(filter.kind().code());
        }
        String from = " FROM " + t + (join ? " JOIN article ON article.id = " + t + ".rowid"
                + " JOIN page ON page.id = article.page_id JOIN issue ON issue.id = page.issue_id"
                + " LEFT JOIN paper ON paper.id = issue.paper_id" : "");
        String rank = "bm25(" + t + ", " + TITLE_WEIGHT + ", " + BODY_WEIGHT + ")";
        int wanted = limit + offset;
        String whole = where.toString();
        List<Matches> parts = archive.readInHalves(c -> ranked(c, t, rank, from, whole, args, wanted), (c, after, upTo) -> {
            List<Object> a = new ArrayList<>(args);
            a.add(after);
            a.add(upTo);
            return ranked(c, t, rank, from, whole + " AND " + t + ".rowid > ? AND " + t + ".rowid <= ?", a, wanted);
        });
        List<Match> all = new ArrayList<>();
        int total = 0;
        for (Matches m : parts) {
            all.addAll(m.matches());
            total += m.total();
        }
        all.sort((x, y) -> Double.compare(y.score(), x.score()));
        List<Match> page = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), wanted));
        return new Matches(List.copyOf(page), total);
    }

    private static void appendFilter(Filter filter, StringBuilder where, List<Object> args) {
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
    }

    /** The best {@code wanted} matches by bm25, and how many match; one pass over the matches. */
    private static Matches ranked(Connection c, String table, String rank, String from, String where, List<Object> args,
                                  int wanted) throws SQLException {
        String sql = "WITH m AS MATERIALIZED (SELECT " + table + ".rowid AS id, " + rank + " AS score" + from + where
                + ") SELECT id, score, (SELECT count(*) FROM m) FROM m ORDER BY score LIMIT ?";
        List<Match> matches = new ArrayList<>();
        int total = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = bind(s, args);
            s.setInt(i, Math.max(1, wanted));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    matches.add(new Match(r.getLong(1), -r.getDouble(2)));
                    total = r.getInt(3);
                }
            }
        }
        return new Matches(matches, total);
    }

    /**
     * Matches guide entries and teasers (the kind filter does not apply to them). Returns up to
     * {@code limit} guide entry ids, best first (none for a limit of 0), and how many match.
     */
    public Matches matchGuide(Query query, Filter filter, int limit) throws ArchiveException {
        StringJoiner include = new StringJoiner(" AND ");
        for (String term : query.include()) {
            String p = FtsText.unigramPhraseOf(term);
            if (p != null) {
                include.add(p);
            }
        }
        if (include.length() == 0) {
            return new Matches(List.of(), 0);
        }
        StringBuilder expression = new StringBuilder(include.toString());
        for (String term : query.exclude()) {
            String p = FtsText.unigramPhraseOf(term);
            if (p != null) {
                expression.append(" NOT ").append(p);
            }
        }
        StringBuilder where = new StringBuilder(" WHERE guide_fts MATCH ?");
        List<Object> args = new ArrayList<>();
        args.add(expression.toString());
        appendFilter(filter, where, args);
        String from = " FROM guide_fts JOIN guide_entry g ON g.id = guide_fts.rowid JOIN page ON page.id = g.page_id"
                + " JOIN issue ON issue.id = page.issue_id LEFT JOIN paper ON paper.id = issue.paper_id";
        return archive.read(c -> {
            List<Match> matches = new ArrayList<>();
            if (limit > 0) {
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
            if (a instanceof Long l) {
                s.setLong(i++, l);
            } else {
                s.setString(i++, a.toString());
            }
        }
        return i;
    }
}
