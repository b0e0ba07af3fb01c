package org.baokan.store;

import org.baokan.model.Article;
import org.baokan.model.ArticleEntities;
import org.baokan.model.ArticleEvent;
import org.baokan.model.EnrichedPage;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.ParsedPage;
import org.baokan.model.PersonMention;
import org.baokan.model.Place;
import org.baokan.model.PlaceLevel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Writing people, places and their mentions. */
final class EntityRows {
    private EntityRows() {
    }

    /**
     * Writes a page's people and places: first the places found by pattern, then each article's
     * mentions and events.
     *
     * @param articleIds the ids of the page's articles, in the page's order
     */
    static void insertAll(Connection c, List<Long> articleIds, EnrichedPage enriched) throws SQLException {
        insertDiscovered(c, enriched.discovered());
        ParsedPage page = enriched.page();
        for (int i = 0; i < articleIds.size(); i++) {
            insert(c, articleIds.get(i), page.articles().get(i), page, enriched.entities().get(i));
        }
    }

    /**
     * @param article the article, whose headline the events carry
     * @param page    its page, whose paper and issue date the events carry
     */
    private static void insert(Connection c, long articleId, Article article, ParsedPage page, ArticleEntities e)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO person_mention (person_id, article_id, item, "
                + "titles, role) VALUES (?, ?, ?, ?, ?)")) {
            for (PersonMention m : e.mentions()) {
                s.setLong(1, personId(c, m.name()));
                s.setLong(2, articleId);
                s.setInt(3, m.item());
                s.setString(4, Rows.units(m.titles()));
                s.setString(5, m.role().code());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR IGNORE INTO place_mention (place_id, article_id, item, ord) VALUES (?, ?, ?, ?)")) {
            List<Place> places = e.places();
            for (int i = 0; i < places.size(); i++) {
                Place p = places.get(i);
                long id = placeId(c, p.name(), p.level(), null, "seed");
                boolean inEvent = false;
                for (ArticleEvent ev : e.events()) {
                    if (ev.places().contains(p.name())) {
                        addPlace(s, id, articleId, ev.item(), i);
                        inEvent = true;
                    }
                }
                if (!inEvent) {
                    addPlace(s, id, articleId, -1, i);
                }
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO article_event (article_id, item, place_id, "
                + "date, shown) VALUES (?, ?, ?, ?, ?)")) {
            for (ArticleEvent ev : e.events()) {
                s.setLong(1, articleId);
                s.setInt(2, ev.item());
                if (ev.district() == null) {
                    s.setNull(3, Types.INTEGER);
                } else {
                    s.setLong(3, placeId(c, ev.district(), PlaceLevel.DISTRICT, null, "seed"));
                }
                String date = Rows.iso(ev.date() != null ? ev.date() : page.date());
                s.setString(4, date);
                // the fields EntityStore.SHOWN_FIELDS counts
                s.setString(5, Rows.record(Long.toString(articleId), date,
                        ev.monthDay() == null ? null : ev.monthDay().toString(), article.kicker(), article.displayTitle(),
                        Rows.units(ev.leaders()), page.paper(), Rows.iso(page.date()), ev.excerpt()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void addPlace(PreparedStatement s, long placeId, long articleId, int item, int ord)
            throws SQLException {
        s.setLong(1, placeId);
        s.setLong(2, articleId);
        s.setInt(3, item);
        s.setInt(4, ord);
        s.addBatch();
    }

    /** Places found by their pattern, added to the gazetteer with the district they were found in. */
    private static void insertDiscovered(Connection c, List<GazetteerEntry> discovered) throws SQLException {
        for (GazetteerEntry g : discovered) {
            placeId(c, g.name(), g.level(), g.parent(), g.source());
        }
    }

    static long personId(Connection c, String name) throws SQLException {
        return Rows.idOrInsert(c, "person", "name", name);
    }

    static long placeId(Connection c, String name, PlaceLevel level, String parent, String source) throws SQLException {
        return Rows.idOrInsert(c, "place", "name, level, parent, source", name, level.code(), parent, source);
    }
}
