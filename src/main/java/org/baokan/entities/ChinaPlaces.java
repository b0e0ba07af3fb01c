package org.baokan.entities;

import org.baokan.ingest.Words;
import org.baokan.model.PlaceLevel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * China's provinces and prefecture-level cities ({@code gazetteer/china.tsv}) and its county-level
 * places ({@code gazetteer/china-counties.tsv}) and towns ({@code gazetteer/china-towns.tsv}), to
 * recognise places printed without their suffix
 * ({@code 江西吉安市}, {@code 赴温州参加}, {@code 海曙过去取得的成就}). Only for recognition:
 * these places are never "local" to a paper, so they do not make an official a leader.
 * A short form that is also an ordinary word ({@code 朝阳}, {@code 长治}) is read only with its suffix;
 * a county's such form ({@code 长子}, {@code 南岸}) also bare, on a page that names the county in full.
 */
final class ChinaPlaces {
    /** Provinces and prefecture-level places first: where a short form is shared, theirs wins (吉林). */
    private static final List<String> RESOURCES = List.of("/gazetteer/china.tsv", "/gazetteer/china-counties.tsv",
            "/gazetteer/china-towns.tsv");

    /**
     * A place of the list.
     *
     * @param name  its full name (江西省)
     * @param level province, city, district, town or subdistrict
     */
    record Entry(String name, PlaceLevel level) {
    }

    private final Map<String, Entry> byName;
    private final Map<String, Entry> ordinary;
    private final Words words;
    private final Words ordinaryWords;

    private ChinaPlaces(Map<String, Entry> byName, Map<String, Entry> ordinary) {
        this.byName = byName;
        this.ordinary = ordinary;
        this.words = new Words(byName.keySet());
        this.ordinaryWords = new Words(ordinary.keySet());
    }

    static ChinaPlaces get() {
        return Holder.PLACES;
    }

    private static final class Holder {
        static final ChinaPlaces PLACES = read();
    }

    private static ChinaPlaces read() {
        Map<String, Entry> byName = new HashMap<>();
        Map<String, Entry> ordinary = new HashMap<>();
        for (String resource : RESOURCES) {
            read(resource, byName, ordinary);
        }
        ordinary.keySet().removeAll(byName.keySet());
        return new ChinaPlaces(byName, ordinary);
    }

    private static void read(String resource, Map<String, Entry> byName, Map<String, Entry> ordinary) {
        try (InputStream in = ChinaPlaces.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Entry e = new Entry(f[1], PlaceLevel.fromCode(f[0]));
                byName.putIfAbsent(f[1], e);
                for (String shortForm : f[2].split(",")) {
                    if (!shortForm.endsWith("*") && shortForm.length() >= 2) {
                        byName.putIfAbsent(shortForm, e);
                    } else if (shortForm.length() >= 3 && e.level() == PlaceLevel.DISTRICT) {
                        // 长子*, 南岸*: a county's short form that is also a word, read only on a page that names the county
                        ordinary.putIfAbsent(shortForm.substring(0, shortForm.length() - 1), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest name of the list at {@code i} of a folded text, or null. */
    String at(String key, int i) {
        return words.at(key, i);
    }

    Entry entry(String name) {
        return byName.get(name);
    }

    /** The longest county short form at {@code i} that is also an ordinary word (长子, 南岸), or null. */
    String ordinaryAt(String key, int i) {
        return ordinaryWords.at(key, i);
    }

    /** The county an ordinary-word short form names (长子 → 长子县), or null. */
    Entry ordinaryEntry(String shortForm) {
        return ordinary.get(shortForm);
    }

    /** All names, full and short. */
    List<String> names() {
        return new ArrayList<>(byName.keySet());
    }
}
