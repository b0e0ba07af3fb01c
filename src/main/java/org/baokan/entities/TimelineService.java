package org.baokan.entities;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.baokan.model.DistrictTimeline;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.PersonSummary;
import org.baokan.model.PersonTimeline;
import org.baokan.model.PlaceLevel;
import org.baokan.model.TimelineEvent;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.baokan.store.EntityStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Timelines per leader and per district, the people list and the gazetteer of an archive. */
public final class TimelineService {
    /** Chinese names in pinyin order, as the reader's lists show people and places (frozen: safe on any thread). */
    public static final Comparator<String> PINYIN = pinyin();

    /** By date; undated events by the month and day printed, if any; then in the order they were stored. */
    private static final Comparator<TimelineEvent> CHRONOLOGICAL = (a, b) -> {
        int c = compareNullsLast(a.date(), b.date());
        if (c == 0) {
            c = compareNullsLast(a.monthDay(), b.monthDay());
        }
        return c != 0 ? c : Long.compare(a.articleId(), b.articleId());
    };

    private static <T extends Comparable<T>> int compareNullsLast(T a, T b) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        return a.compareTo(b);
    }

    private final Archive archive;

    public TimelineService(Archive archive) {
        this.archive = archive;
    }

    /** The gazetteer: what the program ships, what import found, and the archivist's edits. */
    public Gazetteer gazetteer() throws ArchiveException {
        return gazetteerOf(archive);
    }

    static Gazetteer gazetteerOf(Archive archive) throws ArchiveException {
        return Gazetteer.builtIn().with(archive.entities().places(), archive.entities().aliases(),
                archive.entities().merges());
    }

    /**
     * Everyone the archive names, in pinyin order, with counts and their latest title: the latest
     * printed on more than one day, as a timeline confirms a change of title (see {@link LatestTitle}).
     */
    public List<PersonSummary> people() throws ArchiveException {
        List<String> prefixes = titlePrefixes();
        List<PersonSummary> out = new ArrayList<>();
        for (EntityStore.PersonTitles p : archive.entities().people()) {
            out.add(LatestTitle.of(p, prefixes));
        }
        out.sort(Comparator.comparing(PersonSummary::name, PINYIN));
        return out;
    }

    /** A person's timeline; empty events when the archive does not name them. */
    public PersonTimeline person(String name) throws ArchiveException {
        List<TimelineEvent> all = new ArrayList<>(archive.entities().personEvents(name));
        Split events = Split.of(all);
        TitleChanges.Titles titles = TitleChanges.of(events.dated(), titlePrefixes());
        return new PersonTimeline(name, events.dated(), events.undated(), titles.changes(), titles.bands());
    }

    /** Events in {@link #CHRONOLOGICAL} order, the dated apart from the undated. */
    private record Split(List<TimelineEvent> dated, List<TimelineEvent> undated) {
        /** Sorts {@code all} and splits it. */
        static Split of(List<TimelineEvent> all) {
            all.sort(CHRONOLOGICAL);
            return new Split(all.stream().filter(e -> e.date() != null).toList(),
                    all.stream().filter(e -> e.date() == null).toList());
        }
    }

    /**
     * A place's timeline by its name or an alias (高新区); the canonical name is used. For a
     * district, the events it is the subject of; for a city, those of its districts; for a 街道,
     * 镇, 园区 or 社区, the events whose text names it.
     */
    public DistrictTimeline district(String nameOrAlias) throws ArchiveException {
        Gazetteer g = gazetteer();
        String name = g.canonical(nameOrAlias).orElse(nameOrAlias);
        PlaceLevel level = g.entry(name).map(GazetteerEntry::level).orElse(PlaceLevel.DISTRICT);
        List<TimelineEvent> all = new ArrayList<>();
        switch (level) {
            case DISTRICT -> all.addAll(archive.entities().districtEvents(name));
            case CITY -> {
                for (String d : g.districts()) {
                    if (name.equals(g.entry(d).map(GazetteerEntry::parent).orElse(null))) {
                        all.addAll(archive.entities().districtEvents(d));
                    }
                }
            }
            default -> all.addAll(archive.entities().placeEvents(name));
        }
        Split events = Split.of(all);
        Map<String, Integer> perMonth = new TreeMap<>();
        for (TimelineEvent e : events.dated()) {
            perMonth.merge(e.date().toString().substring(0, 7), 1, Integer::sum);
        }
        return new DistrictTimeline(name, events.dated(), events.undated(), new LinkedHashMap<>(perMonth), List.of());
    }

    /** Every gazetteer entry with how many articles name it, for the district tree. */
    public Map<GazetteerEntry, Integer> districtTree() throws ArchiveException {
        Map<String, Integer> counts = archive.entities().placeCounts();
        Map<GazetteerEntry, Integer> out = new LinkedHashMap<>();
        for (GazetteerEntry e : gazetteer().entries()) {
            out.put(e, counts.getOrDefault(e.name(), 0));
        }
        return out;
    }

    /** Place names a title may begin with, longest first: the districts and cities and their aliases. */
    private List<String> titlePrefixes() throws ArchiveException {
        Gazetteer g = gazetteer();
        List<String> out = new ArrayList<>(g.localNames());
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    private static Comparator<String> pinyin() {
        Collator c = Collator.getInstance(ULocale.forLanguageTag("zh")).freeze();
        return c::compare;
    }
}
