package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One newspaper page as the parser understood it; also the archive's interchange format
 * (documented in {@code docs/parse-format.md}).
 *
 * @param source      the file it came from
 * @param paper       the paper's name, or null
 * @param paperSource where the name came from: masthead, inferred or unknown
 * @param date        the issue date, or null
 * @param dateSource  where the date came from: masthead, inferred, archivist or unknown
 * @param weekday     the weekday as printed ({@code 星期五}), or null
 * @param lunarDate   the lunar date as printed, without 农历 ({@code 庚子年七月廿四}), or null
 * @param issueNumber the number of the issue in its year (年第N期), or null
 * @param totalNumber the running number of the issue (总第N期), or null
 * @param page        this page's own label, or null when the page does not print one
 * @param frontPage   whether the page is a front page: it prints the masthead or teasers to other pages
 * @param articles    the articles in reading order
 * @param guide       今日导读 entries and front-page teasers
 * @param boilerplate masthead and footer lines, never part of an article
 * @param unplaced    text that could not be placed anywhere else (each with a warning)
 * @param warnings    everything the parser was unsure of, in plain words
 */
@JsonPropertyOrder({"source", "paper", "paperSource", "date", "dateSource", "weekday", "lunarDate", "issueNumber",
        "totalNumber", "page", "frontPage", "articles", "guide", "boilerplate", "unplaced", "warnings"})
public record ParsedPage(
        SourceInfo source,
        String paper,
        DateSource paperSource,
        LocalDate date,
        DateSource dateSource,
        String weekday,
        String lunarDate,
        Integer issueNumber,
        Integer totalNumber,
        PageLabel page,
        boolean frontPage,
        List<Article> articles,
        List<GuideEntry> guide,
        List<String> boilerplate,
        List<String> unplaced,
        List<Warning> warnings) {

    public ParsedPage {
        Objects.requireNonNull(source, "source");
        paperSource = paperSource == null ? DateSource.UNKNOWN : paperSource;
        dateSource = dateSource == null ? DateSource.UNKNOWN : dateSource;
        articles = articles == null ? List.of() : List.copyOf(articles);
        guide = guide == null ? List.of() : List.copyOf(guide);
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
        unplaced = unplaced == null ? List.of() : List.copyOf(unplaced);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The same page with its articles replaced, e.g. after entity extraction. */
    public ParsedPage withArticles(List<Article> newArticles) {
        return new ParsedPage(source, paper, paperSource, date, dateSource, weekday, lunarDate, issueNumber,
                totalNumber, page, frontPage, newArticles, guide, boilerplate, unplaced, warnings);
    }

    /**
     * The same page with the paper's name supplied by the archivist where the page prints none.
     * (The archivist's date is given to the parser, which dates the text with it.)
     */
    public ParsedPage withArchivistPaper(String archivistPaper) {
        if (archivistPaper == null || paperSource == DateSource.MASTHEAD) {
            return this;
        }
        return new ParsedPage(source, archivistPaper, DateSource.ARCHIVIST, date, dateSource, weekday, lunarDate,
                issueNumber, totalNumber, page, frontPage, articles, guide, boilerplate, unplaced, warnings);
    }
}
