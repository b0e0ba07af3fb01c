package org.baokan.ingest;

import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.DateSource;
import org.baokan.model.GuideEntry;
import org.baokan.model.ParsedPage;
import org.baokan.model.SourceInfo;
import org.baokan.model.Warning;
import org.baokan.model.WarningKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Parses the raw text of one newspaper page into a {@link ParsedPage}. Stateless and thread-safe.
 *
 * <p>Stages: decode ({@link TextDecoder}), normalise lines ({@link LineNormalizer}), classify
 * lines ({@link LineClassifier}), tell headlines from body ({@link HeadlineDetector}), rebuild
 * paragraphs ({@link ParagraphBuilder}), assemble the page ({@link PageAssembler}), finish articles
 * ({@link ArticleFinisher}) and resolve dates ({@link DateResolver}).
 */
public final class PageParser {

    /** Parses a page file's bytes; {@code fileName} is recorded as the source's name. */
    public ParsedPage parse(byte[] bytes, String fileName) throws BadInputException {
        return parse(bytes, fileName, (LocalDate) null);
    }

    /**
     * Parses a page file's bytes with the issue date the archivist gives for a page that does not
     * print its own: it replaces a date inferred from the text (or none), and dates such as
     * {@code 5月28日} are resolved against it. A date the masthead prints always wins.
     */
    public ParsedPage parse(byte[] bytes, String fileName, LocalDate archivistDate) throws BadInputException {
        return parse(bytes, fileName, archivistDate, FileNameDates.ofName(fileName));
    }

    /**
     * Parses a page file's bytes with two dates for a page that prints none: the archivist's (which
     * wins) and the one its file or folder name gives ({@link FileNameDates}); either may be null.
     */
    public ParsedPage parse(byte[] bytes, String fileName, LocalDate archivistDate, LocalDate fileDate)
            throws BadInputException {
        return parse(bytes, fileName, new Dates(archivistDate, fileDate, null));
    }

    /**
     * The dates a page that prints none can be given, strongest first; any may be null. A date the
     * page prints always wins; then the archivist's; then the file's or folder's name; then what
     * the page's datelines and years give; then the one date all other pages of the same import
     * folder print.
     *
     * @param archivist  the archivist's ({@code import --date})
     * @param fileName   the page file's or folder's name ({@link FileNameDates#of})
     * @param otherPages the date every other dated page of the import's folder has
     */
    public record Dates(LocalDate archivist, LocalDate fileName, LocalDate otherPages) {
    }

    /** Parses a page file's bytes with the dates a page that prints none can be given. */
    public ParsedPage parse(byte[] bytes, String fileName, Dates dates) throws BadInputException {
        DecodedText decoded = TextDecoder.decode(bytes);
        SourceInfo source = new SourceInfo(fileName, sha256(bytes), decoded.encoding());
        return parseText(decoded.text(), source, dates);
    }

    /** Parses already decoded text (newlines may be of any style). */
    public ParsedPage parseText(String text, SourceInfo source) {
        return parseText(text, source, new Dates(null, FileNameDates.ofName(source.fileName()), null));
    }

    private ParsedPage parseText(String text, SourceInfo source, Dates dates) {
        LocalDate archivistDate = dates.archivist();
        LocalDate fileDate = dates.fileName();
        List<Line> lines = LineNormalizer.normalise(TextDecoder.normaliseNewlines(text));
        List<TypedLine> typed = HeadlineDetector.detect(LineClassifier.classify(lines));
        List<Block> blocks = ParagraphBuilder.build(typed);
        PageAssembler.Result page = PageAssembler.assemble(blocks);

        List<FinishedArticle> finished = new ArrayList<>();
        for (DraftArticle d : page.articles()) {
            finished.add(ArticleFinisher.finish(d));
        }
        List<Warning> warnings = new ArrayList<>(page.warnings());
        List<String> guideText = new ArrayList<>();
        for (GuideEntry g : page.guide()) {
            guideText.add(g.kicker() == null ? g.title() : g.kicker() + g.title());
        }
        List<Warning> dateWarnings = new ArrayList<>();
        DateResolver.IssueDate issue = DateResolver.issueDate(page.masthead(), finished, guideText, dateWarnings);
        if (archivistDate != null && issue.source() != DateSource.MASTHEAD) {
            issue = new DateResolver.IssueDate(archivistDate, DateSource.ARCHIVIST);
        } else if (fileDate != null && issue.source() != DateSource.MASTHEAD) {
            // the file's name dates a page that prints no date; what the text alone suggested is not the page's doubt any more
            dateWarnings.removeIf(w -> w.kind() == WarningKind.DATE_INFERRED || w.kind() == WarningKind.DATE_UNKNOWN
                    || w.kind() == WarningKind.YEAR_UNKNOWN);
            dateWarnings.add(Warning.of(WarningKind.DATE_FROM_FILE_NAME, fileDate + " (" + source.fileName() + ")"));
            issue = new DateResolver.IssueDate(fileDate, DateSource.FILE_NAME);
        } else if (dates.otherPages() != null && issue.date() == null) {
            dateWarnings.removeIf(w -> w.kind() == WarningKind.DATE_UNKNOWN || w.kind() == WarningKind.YEAR_UNKNOWN);
            dateWarnings.add(Warning.of(WarningKind.DATE_FROM_IMPORT, dates.otherPages().toString()));
            issue = new DateResolver.IssueDate(dates.otherPages(), DateSource.IMPORT);
        }
        warnings.addAll(dateWarnings);
        List<Article> articles = new ArrayList<>();
        for (FinishedArticle f : finished) {
            Article a = f.article();
            List<Warning> eventWarnings = new ArrayList<>();
            LocalDate event = null;
            if (a.kind() != ArticleKind.BRIEF && !a.paragraphs().isEmpty()) {
                event = DateResolver.eventDate(a.paragraphs().get(f.leadIndex()), f.datelineMonth(), f.datelineDay(),
                        issue.date(), eventWarnings);
            }
            if (!eventWarnings.isEmpty()) {
                List<Warning> all = new ArrayList<>(a.warnings());
                all.addAll(eventWarnings);
                a = new Article(a.kind(), a.kicker(), a.title(), a.subtitle(), a.byline(), a.reporters(),
                        a.correspondents(), a.photographers(), a.editors(), a.dateline(), event, a.paragraphs(),
                        a.people(), a.places(), all);
            } else {
                a = a.withEventDate(event);
            }
            warnings.addAll(a.warnings());
            articles.add(a);
        }
        String paper = page.paper();
        DateSource paperSource = page.paperSource();
        if (paper == null) {
            // a news site names itself in its datelines: 海曙新闻网讯, 台湾网10月9日开封消息
            String outlet = articles.stream().map(Article::dateline).filter(d -> d != null)
                    .map(BylineParser::outlet).filter(o -> o != null).findFirst().orElse(null);
            if (outlet != null) {
                paper = outlet;
                paperSource = DateSource.INFERRED;
                warnings.removeIf(w -> w.kind() == WarningKind.PAPER_UNKNOWN);
                warnings.add(Warning.of(WarningKind.PAPER_INFERRED, outlet));
            }
        }
        return new ParsedPage(source, paper, paperSource, issue.date(), issue.source(),
                page.masthead().weekday(), page.masthead().lunar(), page.masthead().issueNumber(),
                page.masthead().totalNumber(), page.ownLabel(), page.frontPage(), articles, page.guide(),
                page.boilerplate(), page.unplaced(), warnings);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** For tests: the text of a UTF-8 string as a page named {@code name}. */
    ParsedPage parseUtf8(String text, String name) throws BadInputException {
        return parse(text.getBytes(StandardCharsets.UTF_8), name);
    }
}
