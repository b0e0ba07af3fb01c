package org.baokan.store;

import org.baokan.model.Article;
import org.baokan.model.DateSource;
import org.baokan.model.GuideEntry;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.ParsedPage;
import org.baokan.model.SourceInfo;
import org.baokan.model.StoredArticle;
import org.baokan.model.StoredGuideEntry;
import org.baokan.model.Warning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads papers, issues, pages, articles and guide entries. */
public final class ArchiveReader {
    private static final String ARTICLE_FROM = " FROM article JOIN page ON page.id = article.page_id"
            + " JOIN issue ON issue.id = page.issue_id LEFT JOIN paper ON paper.id = issue.paper_id";
    private static final String STORED_COLUMNS = Rows.ARTICLE_COLUMNS
            + ", page.issue_id, page.number, page.section, page.front_page, paper.name AS paper_name, issue.date AS issue_date";
    private static final String ISSUE_COLUMNS = "issue.id, paper.name, issue.date, issue.date_source, issue.weekday, "
            + "issue.lunar_date, issue.issue_number, issue.total_number";
    /** The columns {@link #pageInfo} reads, in its order. */
    private static final String PAGE_COLUMNS = "id, issue_id, number, section, front_page, file_name, sha256, encoding, "
            + "article_count";
    /** The columns {@link #guideEntry} reads, in its order. */
    private static final String GUIDE_COLUMNS = "g.id, g.page_id, g.kicker, g.title, g.target_page, g.target_section, "
            + "g.target_page_id, g.target_article_id, g.summary";
    /** Issues in archive order: by paper, newest first; undated issues last. */
    private static final String ISSUE_ORDER = " ORDER BY paper.name IS NULL, paper.name, issue.date IS NULL, issue.date DESC, issue.id";

    private final Archive archive;

    ArchiveReader(Archive archive) {
        this.archive = archive;
    }

    /** The papers in the archive, by name. */
    public List<String> papers() throws ArchiveException {
        return archive.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name FROM paper ORDER BY name");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    /** Every issue with its pages. */
    public List<IssueInfo> issues() throws ArchiveException {
        return archive.read(c -> issues(c, "", List.of()));
    }

    public Optional<IssueInfo> issue(long id) throws ArchiveException {
        return archive.read(c -> issues(c, " WHERE issue.id = ?", List.of(id)).stream().findFirst());
    }

    /** The newest dated issue (of any paper), else any issue; empty for an empty archive. */
    public Optional<IssueInfo> newestIssue() throws ArchiveException {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM issue ORDER BY date IS NULL, date DESC, id DESC LIMIT 1");
                 ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return issues(c, " WHERE issue.id = ?", List.of(r.getLong(1))).stream().findFirst();
            }
        });
    }

    private static List<IssueInfo> issues(Connection c, String where, List<Object> args) throws SQLException {
        Map<Long, List<PageInfo>> pages = new HashMap<>();
        String pageSql = "SELECT " + PAGE_COLUMNS + " FROM page" + (where.isEmpty() ? "" : " WHERE issue_id = ?")
                + " ORDER BY issue_id, number_key IS NULL, length(number_key), number_key, id";
        try (PreparedStatement s = c.prepareStatement(pageSql)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    PageInfo p = pageInfo(r);
                    pages.computeIfAbsent(p.issueId(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        List<IssueInfo> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + ISSUE_COLUMNS
                + " FROM issue LEFT JOIN paper ON paper.id = issue.paper_id" + where + ISSUE_ORDER)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    out.add(new IssueInfo(id, r.getString(2), Rows.date(r.getString(3)),
                            DateSource.fromCode(r.getString(4)), r.getString(5), r.getString(6), integer(r, 7),
                            integer(r, 8), pages.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }

    public Optional<PageInfo> page(long pageId) throws ArchiveException {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + PAGE_COLUMNS + " FROM page WHERE id = ?")) {
                s.setLong(1, pageId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(pageInfo(r));
                }
            }
        });
    }

    /** A page from a row of {@link #PAGE_COLUMNS}. */
    private static PageInfo pageInfo(ResultSet r) throws SQLException {
        return new PageInfo(r.getLong(1), r.getLong(2), Rows.label(r.getString(3), r.getString(4)),
                r.getInt(5) == 1, r.getString(6), r.getString(7), r.getString(8), r.getInt(9));
    }

    public List<StoredArticle> articlesOfPage(long pageId) throws ArchiveException {
        return archive.read(c -> storedArticles(c, " WHERE article.page_id = ? ORDER BY article.ord", List.of(pageId)));
    }

    public List<StoredArticle> articlesOfIssue(long issueId) throws ArchiveException {
        return archive.read(c -> storedArticles(c, " WHERE page.issue_id = ? ORDER BY page.number_key IS NULL, "
                + "length(page.number_key), page.number_key, page.id, article.ord", List.of(issueId)));
    }

    /** One article, with its people and places. */
    public Optional<StoredArticle> article(long id) throws ArchiveException {
        return archive.read(c -> withEntities(c, storedArticles(c, " WHERE article.id = ?", List.of(id))).stream()
                .findFirst());
    }

    /** The articles with their people and places, which the archive keeps apart from the text; one read. */
    public List<StoredArticle> withEntities(List<StoredArticle> articles) throws ArchiveException {
        return articles.isEmpty() ? List.of() : archive.read(c -> withEntities(c, articles));
    }

    private static List<StoredArticle> withEntities(Connection c, List<StoredArticle> articles) throws SQLException {
        List<StoredArticle> out = new ArrayList<>(articles.size());
        for (StoredArticle s : articles) {
            out.add(s.withArticle(s.article().withEntities(EntityStore.people(c, s.id()), EntityStore.places(c, s.id()))));
        }
        return out;
    }

    /** The articles with these ids, in the order given; unknown ids are left out. */
    public List<StoredArticle> articles(Collection<Long> ids) throws ArchiveException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return archive.read(c -> {
            Map<Long, StoredArticle> byId = new HashMap<>();
            List<Long> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += 500) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                for (StoredArticle a : storedArticles(c, " WHERE article.id IN (" + marks + ")", new ArrayList<>(chunk))) {
                    byId.put(a.id(), a);
                }
            }
            List<StoredArticle> out = new ArrayList<>();
            for (Long id : ids) {
                StoredArticle a = byId.get(id);
                if (a != null) {
                    out.add(a);
                }
            }
            return out;
        });
    }

    private static List<StoredArticle> storedArticles(Connection c, String whereOrder, List<Object> args)
            throws SQLException {
        List<StoredArticle> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + STORED_COLUMNS + ARTICLE_FROM + whereOrder)) {
            bind(s, args);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(stored(r));
                }
            }
        }
        return out;
    }

    static StoredArticle stored(ResultSet r) throws SQLException {
        Article a = Rows.article(r);
        return new StoredArticle(r.getLong("id"), r.getLong("page_id"), r.getLong("issue_id"), r.getInt("ord"),
                r.getString("paper_name"), Rows.date(r.getString("issue_date")),
                Rows.label(r.getString("number"), r.getString("section")), r.getInt("front_page") == 1, a);
    }

    /** The issue's guide entries and teasers, page by page, with their targets where they are in the archive. */
    public List<StoredGuideEntry> guideOfIssue(long issueId) throws ArchiveException {
        return archive.read(c -> guide(c, "JOIN page p ON p.id = g.page_id WHERE p.issue_id = ? ORDER BY p.id, g.ord",
                issueId));
    }

    public List<StoredGuideEntry> guideOfPage(long pageId) throws ArchiveException {
        return archive.read(c -> guide(c, "WHERE g.page_id = ? ORDER BY g.ord", pageId));
    }

    private static List<StoredGuideEntry> guide(Connection c, String where, long id) throws SQLException {
        List<StoredGuideEntry> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + GUIDE_COLUMNS + " FROM guide_entry g " + where)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(guideEntry(r));
                }
            }
        }
        return out;
    }

    /** A guide entry from a row that starts with {@link #GUIDE_COLUMNS}. */
    private static StoredGuideEntry guideEntry(ResultSet r) throws SQLException {
        return new StoredGuideEntry(r.getLong(1), r.getLong(2),
                new GuideEntry(r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(9)),
                nullableLong(r, 7), nullableLong(r, 8));
    }

    /**
     * A guide entry with where it is printed.
     *
     * @param entry     the entry and its target
     * @param paper     the paper of the page it is printed on
     * @param date      the issue date
     * @param page      the label of the page it is printed on, or null
     * @param frontPage whether that page is a front page
     * @param issueId   the issue
     */
    public record PlacedGuideEntry(StoredGuideEntry entry, String paper, java.time.LocalDate date,
                                   org.baokan.model.PageLabel page, boolean frontPage, long issueId) {
    }

    /** Guide entries with these ids, in the order given. */
    public List<PlacedGuideEntry> guideEntries(Collection<Long> ids) throws ArchiveException {
        if (ids.isEmpty()) {
            return List.of();
        }
        return archive.read(c -> {
            Map<Long, PlacedGuideEntry> byId = new HashMap<>();
            String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("SELECT " + GUIDE_COLUMNS + ", paper.name, issue.date, "
                    + "page.number, page.section, page.front_page, issue.id FROM guide_entry g JOIN page ON page.id = g.page_id "
                    + "JOIN issue ON issue.id = page.issue_id LEFT JOIN paper ON paper.id = issue.paper_id "
                    + "WHERE g.id IN (" + marks + ")")) {
                bind(s, new ArrayList<>(ids));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        StoredGuideEntry e = guideEntry(r);
                        byId.put(e.id(), new PlacedGuideEntry(e, r.getString(10), Rows.date(r.getString(11)),
                                Rows.label(r.getString(12), r.getString(13)), r.getInt(14) == 1, r.getLong(15)));
                    }
                }
            }
            List<PlacedGuideEntry> out = new ArrayList<>();
            for (Long id : ids) {
                if (byId.containsKey(id)) {
                    out.add(byId.get(id));
                }
            }
            return out;
        });
    }

    /** A page's boilerplate, unplaced text or warnings ({@code kind} is "boilerplate", "unplaced" or "warning"). */
    public List<String> pageTexts(long pageId, String kind) throws ArchiveException {
        return archive.read(c -> texts(c, pageId, kind));
    }

    private static List<String> texts(Connection c, long pageId, String kind) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT text FROM page_text WHERE page_id = ? AND kind = ? ORDER BY ord")) {
            s.setLong(1, pageId);
            s.setString(2, kind);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    /** The page as the parser gave it: the interchange format, rebuilt from the archive. */
    public Optional<ParsedPage> parsedPage(long pageId) throws ArchiveException {
        return parsedPage(pageId, true);
    }

    /**
     * The page as the parser gave it; without entities, its articles' people and places are left
     * empty and not read (re-extraction finds them anew).
     */
    public Optional<ParsedPage> parsedPage(long pageId, boolean withEntities) throws ArchiveException {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT page.file_name, page.sha256, page.encoding, paper.name, "
                    + "page.paper_source, issue.date, issue.date_source, issue.weekday, issue.lunar_date, "
                    + "issue.issue_number, issue.total_number, page.number, page.section, page.front_page FROM page "
                    + "JOIN issue ON issue.id = page.issue_id LEFT JOIN paper ON paper.id = issue.paper_id WHERE page.id = ?")) {
                s.setLong(1, pageId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    List<StoredArticle> stored = storedArticles(c, " WHERE article.page_id = ? ORDER BY article.ord",
                            List.of(pageId));
                    List<Article> articles = (withEntities ? withEntities(c, stored) : stored).stream()
                            .map(StoredArticle::article).toList();
                    List<GuideEntry> guide = new ArrayList<>();
                    for (StoredGuideEntry g : guide(c, "WHERE g.page_id = ? ORDER BY g.ord", pageId)) {
                        guide.add(g.entry());
                    }
                    List<Warning> warnings = texts(c, pageId, "warning").stream().map(Warning::parse).toList();
                    return Optional.of(new ParsedPage(new SourceInfo(r.getString(1), r.getString(2), r.getString(3)),
                            r.getString(4), DateSource.fromCode(r.getString(5)), Rows.date(r.getString(6)),
                            DateSource.fromCode(r.getString(7)), r.getString(8), r.getString(9), integer(r, 10),
                            integer(r, 11), Rows.label(r.getString(12), r.getString(13)), r.getInt(14) == 1, articles,
                            guide, texts(c, pageId, "boilerplate"), texts(c, pageId, "unplaced"), warnings));
                }
            }
        });
    }

    /** How many pages and articles the archive holds. */
    public long[] counts() throws ArchiveException {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT (SELECT count(*) FROM page), (SELECT count(*) FROM article), (SELECT count(*) FROM issue)");
                 ResultSet r = s.executeQuery()) {
                r.next();
                return new long[]{r.getLong(1), r.getLong(2), r.getLong(3)};
            }
        });
    }

    private static void bind(PreparedStatement s, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            s.setObject(i + 1, args.get(i));
        }
    }

    private static Integer integer(ResultSet r, int i) throws SQLException {
        int v = r.getInt(i);
        return r.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet r, int i) throws SQLException {
        long v = r.getLong(i);
        return r.wasNull() ? null : v;
    }
}
