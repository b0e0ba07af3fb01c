package org.baokan.export;

import org.baokan.entities.TimelineService;
import org.baokan.model.DistrictTimeline;
import org.baokan.model.IssueInfo;
import org.baokan.model.PageInfo;
import org.baokan.model.PersonTimeline;
import org.baokan.model.StoredArticle;
import org.baokan.model.TimelineEvent;
import org.baokan.render.Citation;
import org.baokan.render.IssueText;
import org.baokan.search.SearchService;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.baokan.store.SearchIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Resolves what the user chose (articles by id, a page, an issue, a query, a leader) into a named
 * {@link Selection}. Ids that the archive does not hold are refused with their numbers, never
 * dropped silently.
 */
public final class Selections {
    /** The paper's words in Chinese, in which selections are named and the command line sets its documents. */
    public static final ResourceBundle ZH = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);
    /** Date order; within a day by paper, page and place on the page; undated last. */
    public static final Comparator<StoredArticle> DATE_ORDER = Comparator
            .comparing(StoredArticle::issueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(StoredArticle::paper, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(StoredArticle::citationPage)
            .thenComparingLong(StoredArticle::pageId)
            .thenComparingInt(StoredArticle::order);

    private final Archive archive;

    public Selections(Archive archive) {
        this.archive = archive;
    }

    /** Articles by id, in the order given. */
    public Selection articles(String name, Collection<Long> ids) throws ExportException, ArchiveException {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        Map<Long, StoredArticle> found = new HashMap<>();
        archive.reader().articles(wanted).forEach(a -> found.put(a.id(), a));
        List<Long> missing = wanted.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new ExportException(ExportException.Kind.NO_ARTICLE, join(missing));
        }
        List<StoredArticle> in = wanted.stream().map(found::get).toList();
        return checked(new Selection(name != null ? name : defaultName(in), in));
    }

    /** A whole issue, page by page. */
    public Selection issue(long issueId) throws ExportException, ArchiveException {
        IssueInfo issue = archive.reader().issue(issueId)
                .orElseThrow(() -> new ExportException(ExportException.Kind.NO_ISSUE, issueId));
        return checked(new Selection(issueName(issue.paper(), issue.date()),
                archive.reader().articlesOfIssue(issueId)));
    }

    /** A whole page. */
    public Selection page(long pageId) throws ExportException, ArchiveException {
        PageInfo page = archive.reader().page(pageId)
                .orElseThrow(() -> new ExportException(ExportException.Kind.NO_PAGE, pageId));
        Optional<IssueInfo> issue = archive.reader().issue(page.issueId());
        String name = issue.map(i -> issueName(i.paper(), i.date())).orElse("") + " " + pageName(page);
        return checked(new Selection(name.strip(), archive.reader().articlesOfPage(pageId)));
    }

    /** Every article matching a query, in date order. */
    public Selection query(String query) throws ExportException, ArchiveException {
        if (query == null || query.isBlank()) {
            throw new ExportException(ExportException.Kind.EMPTY_QUERY);
        }
        List<Long> ids = new SearchService(archive).allArticleIds(query, SearchIndex.Filter.NONE);
        List<StoredArticle> in = new ArrayList<>(archive.reader().articles(ids));
        in.sort(DATE_ORDER);
        return checked(new Selection("检索：" + query.strip(), in),
                new ExportException(ExportException.Kind.NO_MATCH, query.strip()));
    }

    /** The articles of a leader's timeline, oldest first, then the undated ones. */
    public Selection person(String name) throws ExportException, ArchiveException {
        if (name == null || name.isBlank()) {
            throw new ExportException(ExportException.Kind.NO_NAME);
        }
        PersonTimeline t = new TimelineService(archive).person(name.strip());
        return timeline(name.strip() + " 活动报道", t.events(), t.undated(),
                new ExportException(ExportException.Kind.NAMES_NO_ONE, name.strip()));
    }

    /** The articles of a district's or place's timeline, oldest first, then the undated ones. */
    public Selection district(String name) throws ExportException, ArchiveException {
        if (name == null || name.isBlank()) {
            throw new ExportException(ExportException.Kind.NO_PLACE);
        }
        DistrictTimeline t = new TimelineService(archive).district(name.strip());
        return timeline(name.strip() + " 时间线", t.events(), t.undated(),
                new ExportException(ExportException.Kind.NOTHING_ON_PLACE, name.strip()));
    }

    private Selection timeline(String name, List<TimelineEvent> dated, List<TimelineEvent> undated, ExportException none)
            throws ExportException, ArchiveException {
        List<Long> ids = Stream.concat(dated.stream(), undated.stream()).map(TimelineEvent::articleId).distinct()
                .toList();
        return checked(new Selection(name, archive.reader().articles(ids)), none);
    }

    private Selection checked(Selection s) throws ExportException, ArchiveException {
        return checked(s, new ExportException(ExportException.Kind.NOTHING_SELECTED));
    }

    private Selection checked(Selection s, ExportException empty) throws ExportException, ArchiveException {
        if (s.isEmpty()) {
            throw empty;
        }
        return new Selection(s.name(), archive.reader().withEntities(s.articles()));
    }

    private static String defaultName(List<StoredArticle> in) {
        if (in.size() == 1) {
            return in.get(0).article().displayTitle();
        }
        List<LocalDate> dates = in.stream().map(StoredArticle::issueDate).filter(Objects::nonNull)
                .sorted().toList();
        if (dates.isEmpty()) {
            return "剪报 " + in.size() + " 篇";
        }
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(dates.size() - 1);
        return "剪报 " + IssueText.DATE.format(first) + (first.equals(last) ? "" : "—" + IssueText.DATE.format(last));
    }

    static String issueName(String paper, LocalDate date) {
        return IssueText.issue(paper, date, ZH);
    }

    private static String pageName(PageInfo page) {
        String n = Citation.page(page.label(), page.frontPage());
        return n != null ? String.format(ZH.getString("render.page"), n) : page.displayName();
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
