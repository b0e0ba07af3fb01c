package org.baokan.store;

import org.baokan.model.EnrichedPage;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.Person;
import org.baokan.model.PersonRole;
import org.baokan.model.Place;
import org.baokan.model.PlaceLevel;
import org.baokan.model.TimelineEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * People, places and the archivist's gazetteer edits: the rows behind timelines, the people list
 * and the district tree.
 */
public final class EntityStore {
    /** A person's mentions with the events they are in. */
    private static final String MENTION_FROM = " FROM person_mention pm JOIN person p ON p.id = pm.person_id"
            + " JOIN article_event ev ON ev.article_id = pm.article_id AND ev.item = pm.item";

    /** Roles by the rank the queries give them: a leader over a visitor over anyone else. */
    private static final List<PersonRole> STRONGEST_FIRST = List.of(PersonRole.LEADER, PersonRole.VISITOR, PersonRole.OTHER);

    private final Archive archive;

    EntityStore(Archive archive) {
        this.archive = archive;
    }

    /**
     * A person's appearances, unordered; the date is the event's own, else the issue date, and
     * {@code with} the other leaders present.
     */
    public List<TimelineEvent> personEvents(String name) throws ArchiveException {
        return timeline("SELECT group_concat(ev.shown, char(29)), group_concat(ifnull(ev.place_id, ''), char(29)), "
                + "group_concat(pm.titles, char(29))" + MENTION_FROM + " WHERE p.name = ?", "pm.article_id", name, name);
    }

    /** The events a district is the subject of, unordered, with the leaders present. */
    public List<TimelineEvent> districtEvents(String district) throws ArchiveException {
        return timeline("SELECT group_concat(ev.shown, char(29)), group_concat(ifnull(ev.place_id, ''), char(29)), NULL "
                + "FROM article_event ev WHERE ev.place_id = (SELECT id FROM place WHERE name = ?)", "ev.article_id",
                district, null);
    }

    /** The events whose text names a place (a 街道, 镇, 园区…), unordered, with the leaders present. */
    public List<TimelineEvent> placeEvents(String place) throws ArchiveException {
        return timeline("SELECT group_concat(ev.shown, char(29)), group_concat(ifnull(ev.place_id, ''), char(29)), NULL "
                + "FROM article_event ev JOIN place_mention x ON x.article_id = ev.article_id AND x.item = ev.item "
                + "WHERE x.place_id = (SELECT id FROM place WHERE name = ?)", "ev.article_id", place, null);
    }

    /**
     * Reads a timeline. A leader of a large archive appears thousands of times, and the driver's
     * cost is per row and column, not per byte: so the rows come back aggregated into a few texts
     * (events separated by U+001D), and for a large archive in two halves read in parallel.
     *
     * @param select     a query of one row: the events' {@code shown}, their place ids, and the titles (or NULL)
     * @param articleId  the article id column to split the halves by
     * @param self       the person, left out of {@code with}; null for a place
     */
    private List<TimelineEvent> timeline(String select, String articleId, String name, String self)
            throws ArchiveException {
        String ranged = select + " AND " + articleId + " > ? AND " + articleId + " <= ?";
        Archive.RangedWork<String[]> part = (c, after, upTo) -> {
            try (PreparedStatement s = c.prepareStatement(ranged)) {
                s.setString(1, name);
                s.setLong(2, after);
                s.setLong(3, upTo);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new String[]{r.getString(1), r.getString(2), r.getString(3)};
                }
            }
        };
        List<String[]> texts = archive.readInHalves(c -> part.run(c, Long.MIN_VALUE, Long.MAX_VALUE), part);
        Map<Long, String> places = archive.read(EntityStore::placeNames);
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, List<String>> withs = new HashMap<>();
        Map<String, List<String>> titleLists = new HashMap<>();
        Map<String, MonthDay> monthDays = new HashMap<>();
        List<TimelineEvent> out = new ArrayList<>();
        for (String[] t : texts) {
            if (t[0] == null) {
                continue;
            }
            String[] shown = t[0].split(GROUP, -1);
            String[] placeIds = t[1].split(GROUP, -1);
            String[] titles = t[2] == null ? null : t[2].split(GROUP, -1);
            for (int i = 0; i < shown.length; i++) {
                out.add(event(shown[i], placeIds[i], titles == null ? "" : titles[i], places, self, dates, withs,
                        titleLists, monthDays));
            }
        }
        return out;
    }

    private static final String GROUP = String.valueOf(Rows.GROUP);

    /** A timeline event from an event's {@code shown}, its place id and the person's titles there. */
    private static TimelineEvent event(String shown, String placeId, String titles, Map<Long, String> places,
                                       String self, Map<String, LocalDate> dates, Map<String, List<String>> withs,
                                       Map<String, List<String>> titleLists, Map<String, MonthDay> monthDays) {
        String[] f = Rows.fields(shown, SHOWN_FIELDS);
        // the same lists recur on most events: read each once
        List<String> with = f[5] == null ? List.of() : withs.computeIfAbsent(f[5], w -> {
            List<String> all = Rows.split(w);
            return self == null || !all.contains(self) ? all : all.stream().filter(n -> !n.equals(self)).toList();
        });
        String district = placeId.isEmpty() ? null : places.get(Long.parseLong(placeId));
        return new TimelineEvent(date(f[1], dates), f[2] == null ? null : monthDays.computeIfAbsent(f[2], MonthDay::parse),
                titles.isEmpty() ? List.of() : titleLists.computeIfAbsent(titles, Rows::split),
                Long.parseLong(f[0]), f[3], f[4], district, with, f[6], date(f[7], dates), f[8]);
    }

    /** The fields of {@code article_event.shown}, in the order {@link EntityRows} writes them. */
    static final int SHOWN_FIELDS = 9;

    /** Every place's name by id: a small table, read whole. */
    private static Map<Long, String> placeNames(Connection c) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM place"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.put(r.getLong(1), r.getString(2));
            }
        }
        return out;
    }

    private static LocalDate date(String iso, Map<String, LocalDate> cache) {
        return iso == null ? null : cache.computeIfAbsent(iso, LocalDate::parse);
    }

    /**
     * Everyone in the archive with how often they appear and every title printed with their name:
     * each distinct title list once per day it was printed (undated appearances under a null date),
     * with the role there. Unordered; the printings in no order.
     */
    public List<PersonTitles> people() throws ArchiveException {
        return archive.read(c -> {
            Map<String, Integer> appearances = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT p.name, count(*) FROM person p "
                    + "JOIN person_mention pm ON pm.person_id = p.id GROUP BY p.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    appearances.put(r.getString(1), r.getInt(2));
                }
            }
            Map<String, List<TitlePrinting>> printings = new HashMap<>();
            Map<String, LocalDate> dates = new HashMap<>();
            Map<String, List<String>> titleLists = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT p.name, pm.titles, ev.date, "
                    + "min(CASE pm.role WHEN 'leader' THEN 0 WHEN 'visitor' THEN 1 ELSE 2 END)"
                    + MENTION_FROM + " GROUP BY p.id, pm.titles, ev.date");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (appearances.containsKey(r.getString(1))) {
                        printings.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new TitlePrinting(
                                titleLists.computeIfAbsent(r.getString(2), Rows::split), date(r.getString(3), dates),
                                STRONGEST_FIRST.get(r.getInt(4))));
                    }
                }
            }
            // the records hold lists nobody can change afterwards
            List<PersonTitles> out = new ArrayList<>(appearances.size());
            appearances.forEach((name, n) -> out.add(new PersonTitles(name, n,
                    List.copyOf(printings.getOrDefault(name, List.of())))));
            return List.copyOf(out);
        });
    }

    /**
     * A person and the titles printed with their name.
     *
     * @param name        the name
     * @param appearances how many appearances
     * @param printings   each distinct title list (possibly empty) once per day it was printed
     */
    public record PersonTitles(String name, int appearances, List<TitlePrinting> printings) {
    }

    /**
     * A title list printed with a name on one day.
     *
     * @param titles the titles, possibly none
     * @param date   the day, or null for undated appearances
     * @param role   the role there
     */
    public record TitlePrinting(List<String> titles, LocalDate date, PersonRole role) {
    }

    /** Everyone the archive knows, with the strongest role they were given (leader over visitor over other). */
    public Map<String, PersonRole> knownPeople() throws ArchiveException {
        return archive.read(c -> {
            Map<String, PersonRole> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT p.name, min(CASE pm.role WHEN 'leader' THEN 0 "
                    + "WHEN 'visitor' THEN 1 ELSE 2 END) FROM person p JOIN person_mention pm ON pm.person_id = p.id "
                    + "GROUP BY p.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), PersonRole.values()[r.getInt(2)]);
                }
            }
            return out;
        });
    }

    static List<Person> people(Connection c, long articleId) throws SQLException {
        Map<String, Person> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.name, pm.titles, pm.role FROM person_mention pm "
                + "JOIN person p ON p.id = pm.person_id WHERE pm.article_id = ? ORDER BY pm.item, p.id")) {
            s.setLong(1, articleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(1);
                    List<String> titles = new ArrayList<>(out.containsKey(name) ? out.get(name).titles() : List.of());
                    for (String t : Rows.split(r.getString(2))) {
                        if (!titles.contains(t)) {
                            titles.add(t);
                        }
                    }
                    out.put(name, new Person(name, titles, PersonRole.fromCode(r.getString(3))));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    static List<Place> places(Connection c, long articleId) throws SQLException {
        List<Place> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT pl.name, pl.level FROM place_mention x "
                + "JOIN place pl ON pl.id = x.place_id WHERE x.article_id = ? GROUP BY pl.id ORDER BY min(x.ord)")) {
            s.setLong(1, articleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Place(r.getString(1), PlaceLevel.fromCode(r.getString(2))));
                }
            }
        }
        return out;
    }

    /** The gazetteer entries the archive holds (found by pattern, or the archivist's), with their aliases. */
    public List<GazetteerEntry> places() throws ArchiveException {
        return archive.read(c -> {
            Map<String, List<String>> aliases = aliases(c);
            List<GazetteerEntry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, level, parent, source FROM place ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new GazetteerEntry(r.getString(1), PlaceLevel.fromCode(r.getString(2)), r.getString(3),
                            aliases.getOrDefault(r.getString(1), List.of()), r.getString(4)));
                }
            }
            return out;
        });
    }

    /** The archivist's aliases: alias → place name. */
    public Map<String, String> aliases() throws ArchiveException {
        return archive.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT alias, place FROM place_alias ORDER BY alias");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
    }

    private static Map<String, List<String>> aliases(Connection c) throws SQLException {
        Map<String, List<String>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT alias, place FROM place_alias");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getString(1));
            }
        }
        return out;
    }

    /** The archivist's merges: from → into. */
    public Map<String, String> merges() throws ArchiveException {
        return archive.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT from_name, into_name FROM place_merge ORDER BY made_at");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
    }

    /** How many articles each place is named in (or is the subject of), for the district tree. */
    public Map<String, Integer> placeCounts() throws ArchiveException {
        return archive.read(c -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT pl.name, count(DISTINCT x.article_id) FROM "
                    + "(SELECT place_id, article_id FROM place_mention UNION ALL "
                    + "SELECT place_id, article_id FROM article_event WHERE place_id IS NOT NULL) x "
                    + "JOIN place pl ON pl.id = x.place_id GROUP BY pl.id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
            return out;
        });
    }

    /** Records an alias the archivist gives a place; kept apart from what import finds. */
    public void addAlias(String alias, String place) throws ArchiveException {
        archive.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR REPLACE INTO place_alias (alias, place, source) VALUES (?, ?, 'archivist')")) {
                s.setString(1, alias);
                s.setString(2, place);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Merges one place into another: its mentions move over, and the merge is kept so that later
     * imports and re-extraction map the old name to the new.
     */
    public void merge(String from, String into, PlaceLevel intoLevel) throws ArchiveException {
        archive.write(c -> {
            long intoId = EntityRows.placeId(c, into, intoLevel, null, "archivist");
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR REPLACE INTO place_merge (from_name, into_name, made_at) VALUES (?, ?, ?)")) {
                s.setString(1, from);
                s.setString(2, into);
                s.setString(3, Instant.now().toString());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE OR IGNORE place_mention SET place_id = ? "
                    + "WHERE place_id = (SELECT id FROM place WHERE name = ?)")) {
                s.setLong(1, intoId);
                s.setString(2, from);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM place_mention WHERE place_id = (SELECT id FROM place WHERE name = ?)")) {
                s.setString(1, from);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE article_event SET place_id = ? "
                    + "WHERE place_id = (SELECT id FROM place WHERE name = ?)")) {
                s.setLong(1, intoId);
                s.setString(2, from);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE place SET parent = ? WHERE parent = ?")) {
                s.setString(1, into);
                s.setString(2, from);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE place_alias SET place = ? WHERE place = ?")) {
                s.setString(1, into);
                s.setString(2, from);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Replaces the people and places of a page's articles (re-extraction after the gazetteer changed). */
    public void replaceEntities(long pageId, EnrichedPage enriched) throws ArchiveException {
        archive.write(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM article WHERE page_id = ? ORDER BY ord")) {
                s.setLong(1, pageId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            if (ids.size() != enriched.entities().size()) {
                throw new IllegalArgumentException("page " + pageId + " has " + ids.size() + " articles, not "
                        + enriched.entities().size());
            }
            for (long id : ids) {
                for (String table : new String[]{"person_mention", "place_mention", "article_event"}) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                        s.setLong(1, id);
                        s.executeUpdate();
                    }
                }
            }
            EntityRows.insertAll(c, ids, enriched);
            return null;
        });
    }

    /** The ids of all pages, for re-extraction. */
    public List<Long> pageIds() throws ArchiveException {
        return archive.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM page ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            return out;
        });
    }

    /** The version of the extraction rules the stored people and places come from (0: none yet). */
    public int rulesVersion() throws ArchiveException {
        return archive.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM entity_rules WHERE id = 1");
                 ResultSet r = s.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    /** Records that every page's people and places now come from this version of the rules. */
    public void setRulesVersion(int version) throws ArchiveException {
        archive.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR REPLACE INTO entity_rules (id, version) VALUES (1, ?)")) {
                s.setInt(1, version);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Takes the provinces, cities and districts a pattern found out from under the district of the
     * page they were found on (rules before version 3 filed 临沂市 under 太白湖新区); the
     * archivist's own entries are left as they are.
     */
    public void unfileFoundProvincesCitiesAndDistricts() throws ArchiveException {
        archive.write(c -> {
            try (Statement s = c.createStatement()) {
                String around = PlaceLevel.OUTERMOST_FIRST.stream().filter(l -> !l.withinADistrict())
                        .map(l -> "'" + l.code() + "'").collect(java.util.stream.Collectors.joining(", "));
                s.executeUpdate("UPDATE place SET parent = NULL WHERE source = 'pattern'"
                        + " AND level IN (" + around + ") AND parent IS NOT NULL");
            }
            return null;
        });
    }

    /**
     * Removes people no article names any more, and places found by pattern that no article names
     * and no alias or merge of the archivist's points to. The archivist's own entries stay.
     */
    public void pruneUnused() throws ArchiveException {
        archive.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM person WHERE id NOT IN (SELECT person_id FROM person_mention)");
                s.executeUpdate("DELETE FROM place WHERE source = 'pattern' AND id NOT IN (SELECT place_id FROM place_mention)"
                        + " AND id NOT IN (SELECT place_id FROM article_event WHERE place_id IS NOT NULL)"
                        + " AND name NOT IN (SELECT place FROM place_alias) AND name NOT IN (SELECT into_name FROM place_merge)");
            }
            return null;
        });
    }
}
