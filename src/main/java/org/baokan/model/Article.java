package org.baokan.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One article of a page, in reading order.
 *
 * @param kind           news, photo, brief or notice
 * @param kicker         引题, or null
 * @param title          主题, or null for an untitled notice
 * @param subtitle       副题, or null
 * @param byline         the byline or credit exactly as printed ({@code (记者 王博文)}, {@code 本报记者 邓超 整理}), or null
 * @param reporters      reporters' names
 * @param correspondents correspondents' (通讯员) names
 * @param photographers  photographers' names (… 摄)
 * @param editors        the editors of a brief column (… 整理)
 * @param dateline       e.g. {@code 本报济宁8月4日讯}, or null
 * @param eventDate      the date of the event the lead reports, resolved against dateline and issue date, or null
 * @param paragraphs     the clean paragraphs
 * @param people         people named in the article
 * @param places         places named in the article
 * @param warnings       what the parser was unsure of in this article
 */
@JsonPropertyOrder({"kind", "kicker", "title", "subtitle", "byline", "reporters", "correspondents", "photographers",
        "editors", "dateline", "eventDate", "paragraphs", "people", "places", "warnings"})
public record Article(
        ArticleKind kind,
        String kicker,
        String title,
        String subtitle,
        String byline,
        List<String> reporters,
        List<String> correspondents,
        List<String> photographers,
        List<String> editors,
        String dateline,
        LocalDate eventDate,
        List<String> paragraphs,
        List<Person> people,
        List<Place> places,
        List<Warning> warnings) {
    private static final Pattern LEADING_DASHES = Pattern.compile("^[—\\-－]+");

    public Article {
        Objects.requireNonNull(kind, "kind");
        reporters = copy(reporters);
        correspondents = copy(correspondents);
        photographers = copy(photographers);
        editors = copy(editors);
        paragraphs = copy(paragraphs);
        people = copy(people);
        places = copy(places);
        warnings = copy(warnings);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * The subtitle as it is set after a dash: without the dash the page printed before it
     * ({@code ——}, {@code －－}, {@code --}), which the parser keeps so that no printed text is lost.
     */
    @JsonIgnore
    public String subtitleText() {
        return subtitle == null ? null : LEADING_DASHES.matcher(subtitle).replaceFirst("");
    }

    /** The title, or for an untitled item the beginning of its text. */
    @JsonIgnore
    public String displayTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        if (kicker != null && !kicker.isBlank()) {
            return kicker;
        }
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        return first.length() <= 24 ? first : first.substring(0, 24) + "…";
    }

    /** The article with its event date set. */
    public Article withEventDate(LocalDate date) {
        return new Article(kind, kicker, title, subtitle, byline, reporters, correspondents, photographers, editors,
                dateline, date, paragraphs, people, places, warnings);
    }

    /** The article with people and places replaced (entity extraction runs after parsing). */
    public Article withEntities(List<Person> newPeople, List<Place> newPlaces) {
        return new Article(kind, kicker, title, subtitle, byline, reporters, correspondents, photographers, editors,
                dateline, eventDate, paragraphs, newPeople, newPlaces, warnings);
    }

    /**
     * All the names of the byline, each once: reporters, correspondents, photographers and editors, in that
     * order (a reporter who also took the photos, 文/图, stands in two roles).
     */
    @JsonIgnore
    public List<String> authors() {
        List<String> all = new ArrayList<>(reporters);
        for (List<String> role : List.of(correspondents, photographers, editors)) {
            for (String name : role) {
                if (!all.contains(name)) {
                    all.add(name);
                }
            }
        }
        return all;
    }
}
