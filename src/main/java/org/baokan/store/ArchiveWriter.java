package org.baokan.store;

import org.baokan.model.Article;
import org.baokan.model.EnrichedPage;
import org.baokan.model.GuideEntry;
import org.baokan.model.ParsedPage;
import org.baokan.model.Warning;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes parsed pages into the archive, each in one transaction: all of the page or nothing.
 * A page whose file hash is already in the archive is skipped. A page joins the issue of its
 * paper and date, and the issue's guide entries are given their targets, as the writer's
 * {@link GuideTargets} chooses them, wherever both ends are now in the archive. Only SQL here.
 */
public final class ArchiveWriter {
    private final Archive archive;
    private final GuideTargets targets;

    ArchiveWriter(Archive archive, GuideTargets targets) {
        this.archive = archive;
        this.targets = targets;
    }

    /** What happened to a page. */
    public enum Outcome {
        IMPORTED,
        /** The same file (by content hash) is already in the archive; nothing changed. */
        SKIPPED
    }

    /**
     * The result of storing one page.
     *
     * @param outcome        imported or skipped
     * @param pageId         the page's id (the existing one when skipped)
     * @param conflictPageId another page that claims the same paper, date and page number, or null
     */
    public record Result(Outcome outcome, long pageId, Long conflictPageId) {
    }

    /** Stores a page without people and places. */
    public Result store(ParsedPage page, Path file) throws ArchiveException {
        return store(EnrichedPage.plain(page), file);
    }

    /**
     * Stores a page with its people and places. {@code file} is recorded as where it came from
     * (may be null).
     */
    public Result store(EnrichedPage enriched, Path file) throws ArchiveException {
        ParsedPage page = enriched.page();
        return archive.write(c -> {
            Long existing = pageBySha(c, page.source().sha256());
            if (existing != null) {
                return new Result(Outcome.SKIPPED, existing, null);
            }
            Long paperId = page.paper() == null ? null : paperId(c, page.paper());
            long issueId = issueId(c, paperId, page);
            String key = Rows.numberKey(page.page(), page.frontPage());
            Long conflict = key == null ? null : conflicting(c, issueId, key);
            long pageId = insertPage(c, issueId, key, page, file);
            List<Long> articleIds = new ArrayList<>();
            for (int i = 0; i < page.articles().size(); i++) {
                long id = insertArticle(c, pageId, i, page.articles().get(i));
                SearchIndex.index(c, id, page.articles().get(i));
                articleIds.add(id);
            }
            EntityRows.insertAll(c, articleIds, enriched);
            insertGuide(c, pageId, page.guide());
            insertTexts(c, pageId, "boilerplate", page.boilerplate());
            insertTexts(c, pageId, "unplaced", page.unplaced());
            insertTexts(c, pageId, "warning", page.warnings().stream().map(Warning::toString).toList());
            resolveGuide(c, issueId);
            return new Result(Outcome.IMPORTED, pageId, conflict);
        });
    }

    private static Long pageBySha(Connection c, String sha) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM page WHERE sha256 = ?")) {
            s.setString(1, sha);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private static long paperId(Connection c, String name) throws SQLException {
        return Rows.idOrInsert(c, "paper", "name", name);
    }

    /**
     * The issue of the page's paper and date, created if new. A page of unknown date is an issue of
     * its own. Masthead facts the issue lacks are taken from the page.
     */
    private static long issueId(Connection c, Long paperId, ParsedPage page) throws SQLException {
        if (page.date() != null) {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM issue WHERE paper_id IS ? AND date = ? ORDER BY id LIMIT 1")) {
                setLong(s, 1, paperId);
                s.setString(2, page.date().toString());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        long id = r.getLong(1);
                        complete(c, id, page);
                        return id;
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO issue (paper_id, date, date_source, weekday, "
                + "lunar_date, issue_number, total_number) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            setLong(s, 1, paperId);
            s.setString(2, Rows.iso(page.date()));
            s.setString(3, page.dateSource().code());
            s.setString(4, page.weekday());
            s.setString(5, page.lunarDate());
            setInt(s, 6, page.issueNumber());
            setInt(s, 7, page.totalNumber());
            s.executeUpdate();
            return Rows.generatedKey(s);
        }
    }

    /** Fills what an issue lacks from a page that joins it; a printed date outranks an inferred one. */
    private static void complete(Connection c, long issueId, ParsedPage page) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE issue SET weekday = coalesce(weekday, ?), "
                + "lunar_date = coalesce(lunar_date, ?), issue_number = coalesce(issue_number, ?), "
                + "total_number = coalesce(total_number, ?), "
                + "date_source = CASE WHEN ? = 'masthead' THEN 'masthead' ELSE date_source END WHERE id = ?")) {
            s.setString(1, page.weekday());
            s.setString(2, page.lunarDate());
            setInt(s, 3, page.issueNumber());
            setInt(s, 4, page.totalNumber());
            s.setString(5, page.dateSource().code());
            s.setLong(6, issueId);
            s.executeUpdate();
        }
    }

    /** Another file of the same issue that claims the same page number. */
    private static Long conflicting(Connection c, long issueId, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM page WHERE issue_id = ? AND number_key = ? ORDER BY id LIMIT 1")) {
            s.setLong(1, issueId);
            s.setString(2, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private static long insertPage(Connection c, long issueId, String key, ParsedPage page, Path file)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO page (issue_id, number, number_key, section, "
                + "front_page, file_name, file_path, sha256, encoding, paper_source, imported_at, article_count) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, issueId);
            s.setString(2, page.page() == null ? null : page.page().number());
            s.setString(3, key);
            s.setString(4, page.page() == null ? null : page.page().section());
            s.setInt(5, page.frontPage() ? 1 : 0);
            s.setString(6, page.source().fileName());
            s.setString(7, file == null ? null : file.toAbsolutePath().toString());
            s.setString(8, page.source().sha256());
            s.setString(9, page.source().encoding());
            s.setString(10, page.paperSource().code());
            s.setString(11, Instant.now().toString());
            s.setInt(12, page.articles().size());
            s.executeUpdate();
            return Rows.generatedKey(s);
        }
    }

    private static long insertArticle(Connection c, long pageId, int order, Article a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO article (page_id, ord, kind, kicker, title, "
                + "subtitle, byline, reporters, correspondents, photographers, editors, dateline, event_date, "
                + "paragraphs, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, pageId);
            s.setInt(2, order);
            s.setString(3, a.kind().code());
            s.setString(4, a.kicker());
            s.setString(5, a.title());
            s.setString(6, a.subtitle());
            s.setString(7, a.byline());
            s.setString(8, Rows.json(a.reporters()));
            s.setString(9, Rows.json(a.correspondents()));
            s.setString(10, Rows.json(a.photographers()));
            s.setString(11, Rows.json(a.editors()));
            s.setString(12, a.dateline());
            s.setString(13, Rows.iso(a.eventDate()));
            s.setBytes(14, Rows.paragraphs(a.paragraphs()));
            s.setString(15, Rows.json(a.warnings()));
            s.executeUpdate();
            return Rows.generatedKey(s);
        }
    }

    private static void insertGuide(Connection c, long pageId, List<GuideEntry> guide) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO guide_entry (page_id, ord, kicker, title, "
                + "target_page, target_section, summary) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < guide.size(); i++) {
                GuideEntry g = guide.get(i);
                s.setLong(1, pageId);
                s.setInt(2, i);
                s.setString(3, g.kicker());
                s.setString(4, g.title());
                s.setString(5, g.page());
                s.setString(6, g.section());
                s.setString(7, g.summary());
                s.executeUpdate();
                SearchIndex.indexGuide(c, Rows.generatedKey(s), g.kicker(), g.title());
            }
        }
    }

    private static void insertTexts(Connection c, long pageId, String kind, List<String> texts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO page_text (page_id, kind, ord, text) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < texts.size(); i++) {
                s.setLong(1, pageId);
                s.setString(2, kind);
                s.setInt(3, i);
                s.setString(4, texts.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Points the issue's guide entries at their target page and article, now that the page may
     * have arrived: the entries that lead to no article yet, with the issue's pages and articles,
     * go to the writer's {@link GuideTargets}, and what it chooses is written down.
     */
    private void resolveGuide(Connection c, long issueId) throws SQLException {
        List<GuideTargets.Entry> open = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT g.id, g.kicker, g.title, g.target_page FROM guide_entry g "
                + "JOIN page p ON p.id = g.page_id WHERE p.issue_id = ? AND g.target_article_id IS NULL ORDER BY p.id, g.ord")) {
            s.setLong(1, issueId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    open.add(new GuideTargets.Entry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            Rows.numberKey(r.getString(4))));
                }
            }
        }
        if (open.isEmpty()) {
            return;
        }
        GuideTargets.Issue issue = issue(c, issueId);
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE guide_entry SET target_page_id = ?, target_article_id = ? WHERE id = ?")) {
            for (GuideTargets.Entry e : open) {
                GuideTargets.Target t = targets.choose(e, issue);
                if (t == null) {
                    continue;
                }
                s.setLong(1, t.pageId());
                setLong(s, 2, t.articleId());
                s.setLong(3, e.id());
                s.executeUpdate();
            }
        }
    }

    /** The issue's pages by number key and its articles, as {@link GuideTargets} chooses among them. */
    private static GuideTargets.Issue issue(Connection c, long issueId) throws SQLException {
        Map<String, Long> pages = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, number_key FROM page WHERE issue_id = ? ORDER BY id")) {
            s.setLong(1, issueId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (r.getString(2) != null) {
                        pages.putIfAbsent(r.getString(2), r.getLong(1));
                    }
                }
            }
        }
        List<GuideTargets.Candidate> articles = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.page_id, p.number_key, a.kicker, a.title, "
                + "a.subtitle, a.paragraphs FROM article a JOIN page p ON p.id = a.page_id WHERE p.issue_id = ? "
                + "ORDER BY p.id, a.ord")) {
            s.setLong(1, issueId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String text = Rows.paragraphsText(r.getBytes(7));
                    articles.add(new GuideTargets.Candidate(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6),
                            text.substring(0, Math.min(text.length(), GuideTargets.Candidate.LEAD))));
                }
            }
        }
        return new GuideTargets.Issue(pages, articles);
    }

    private static void setLong(PreparedStatement s, int i, Long v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setLong(i, v);
        }
    }

    private static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, v);
        }
    }
}
