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
 * China's provinces and prefecture-level cities ({@code gazetteer/china.tsv}), to recognise
 * places printed without their suffix ({@code 江西吉安市}, {@code 赴温州参加}). Only for recognition:
 * these places are never "local" to a paper, so they do not make an official a leader.
 * A short form that is also an ordinary word ({@code 朝阳}, {@code 长治}) is read only with its suffix.
 */
final class ChinaPlaces {
    private static final String RESOURCE = "/gazetteer/china.tsv";

    /**
     * A place of the list.
     *
     * @param name  its full name (江西省)
     * @param level province or city
     */
    record Entry(String name, PlaceLevel level) {
    }

    private final Map<String, Entry> byName;
    private final Words words;

    private ChinaPlaces(Map<String, Entry> byName) {
        this.byName = byName;
        this.words = new Words(byName.keySet());
    }

    static ChinaPlaces get() {
        return Holder.PLACES;
    }

    private static final class Holder {
        static final ChinaPlaces PLACES = read();
    }

    private static ChinaPlaces read() {
        Map<String, Entry> byName = new HashMap<>();
        try (InputStream in = ChinaPlaces.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Entry e = new Entry(f[1], PlaceLevel.fromCode(f[0]));
                byName.put(f[1], e);
                for (String shortForm : f[2].split(",")) {
                    if (!shortForm.endsWith("*") && shortForm.length() >= 2) {
                        byName.putIfAbsent(shortForm, e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChinaPlaces(byName);
    }

    /** The longest name of the list at {@code i} of a folded text, or null. */
    String at(String key, int i) {
        return words.at(key, i);
    }

    Entry entry(String name) {
        return byName.get(name);
    }

    /** All names, full and short. */
    List<String> names() {
        return new ArrayList<>(byName.keySet());
    }
}
