package org.baokan.entities;

import com.fasterxml.jackson.core.type.TypeReference;
import org.baokan.format.PageJson;
import org.baokan.ingest.Words;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.PlaceLevel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places an archive knows: city → district → 街道/镇 → 园区/社区. Seeded with what the pages
 * say of the city and its districts ({@code gazetteer/seed.json}), grown by pattern as pages are
 * imported, and edited by the archivist (aliases, merges). Immutable; {@link #with} gives a grown copy.
 */
public final class Gazetteer {
    private static final String SEED = "/gazetteer/seed.json";
    private final Map<String, GazetteerEntry> entries;
    private final Map<String, String> aliases;
    private final Map<String, String> merges;
    private volatile Words names;
    private volatile List<String> longestFirst;
    /** The gazetteer is immutable: computed once, on first use. */
    private volatile Set<String> localNames;

    private Gazetteer(Map<String, GazetteerEntry> entries, Map<String, String> aliases, Map<String, String> merges) {
        this.entries = entries;
        this.aliases = aliases;
        this.merges = merges;
    }

    /** The gazetteer shipped with the program (read once). */
    public static Gazetteer builtIn() {
        return Shipped.GAZETTEER;
    }

    /** Holds the shipped gazetteer, read when first asked for. */
    private static final class Shipped {
        static final Gazetteer GAZETTEER = read();
    }

    private static Gazetteer read() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SEED);
            }
            List<GazetteerEntry> seed = PageJson.mapper().readValue(in, new TypeReference<List<GazetteerEntry>>() {
            });
            return new Gazetteer(Map.of(), Map.of(), Map.of()).with(seed, Map.of(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy with more entries, aliases ({@code alias → name}) and merges ({@code from → into}).
     * Later entries of the same name replace earlier ones.
     */
    public Gazetteer with(Collection<GazetteerEntry> more, Map<String, String> moreAliases, Map<String, String> moreMerges) {
        Map<String, GazetteerEntry> e = new LinkedHashMap<>(entries);
        Map<String, String> a = new HashMap<>(aliases);
        Map<String, String> m = new HashMap<>(merges);
        for (GazetteerEntry entry : more) {
            e.merge(entry.name(), entry, Gazetteer::combine);
            for (String alias : entry.aliases()) {
                a.put(alias, entry.name());
            }
        }
        a.putAll(moreAliases);
        moreAliases.forEach((alias, name) -> e.computeIfPresent(name, (k, entry) -> entry.aliases().contains(alias) ? entry
                : combine(entry, new GazetteerEntry(k, entry.level(), null, List.of(alias), entry.source()))));
        m.putAll(moreMerges);
        // a place merged into another is known only by its old name, which leads to the new one
        m.keySet().forEach(e::remove);
        return new Gazetteer(Map.copyOf(e), Map.copyOf(a), Map.copyOf(m));
    }

    /**
     * The same place known twice (shipped, and stored by the archive): the aliases of both, the
     * parent where one is known, and the level and source of the one that knows more.
     */
    private static GazetteerEntry combine(GazetteerEntry old, GazetteerEntry added) {
        List<String> aliases = new ArrayList<>(old.aliases());
        added.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
        String parent = added.parent() != null ? added.parent() : old.parent();
        boolean archivist = added.source().equals("archivist");
        return new GazetteerEntry(old.name(), archivist ? added.level() : old.level(), parent, aliases,
                archivist ? added.source() : old.source());
    }

    /** The canonical name for a name or alias, following merges; empty when unknown. */
    public Optional<String> canonical(String name) {
        String n = aliases.getOrDefault(name, name);
        for (int guard = 0; merges.containsKey(n) && guard < 16; guard++) {
            n = merges.get(n);
        }
        return entries.containsKey(n) ? Optional.of(n) : Optional.empty();
    }

    public Optional<GazetteerEntry> entry(String name) {
        return canonical(name).map(entries::get);
    }

    public Collection<GazetteerEntry> entries() {
        return entries.values();
    }

    /** Every name and alias, longest first: what a text is searched for. */
    List<String> namesLongestFirst() {
        List<String> sorted = longestFirst;
        if (sorted == null) {
            List<String> all = new ArrayList<>(entries.keySet());
            all.addAll(aliases.keySet());
            all.addAll(merges.keySet());
            all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
            sorted = List.copyOf(all);
            longestFirst = sorted;
        }
        return sorted;
    }

    /**
     * The names a text is searched for, indexed: every name, alias and merged name of two or more
     * characters except 新区 alone, which means a district only in context.
     */
    Words names() {
        Words w = names;
        if (w == null) {
            w = new Words(namesLongestFirst().stream().filter(n -> n.length() >= 2 && !n.equals("新区")).toList());
            names = w;
        }
        return w;
    }

    public List<String> districts() {
        return entries.values().stream().filter(e -> e.level() == PlaceLevel.DISTRICT).map(GazetteerEntry::name).toList();
    }

    /** The district a place is in (itself, for a district), or null when the gazetteer does not know. */
    public String districtOf(String name) {
        Optional<GazetteerEntry> e = entry(name);
        for (int guard = 0; e.isPresent() && guard < 8; guard++) {
            if (e.get().level() == PlaceLevel.DISTRICT) {
                return e.get().name();
            }
            e = e.get().parent() == null ? Optional.empty() : entry(e.get().parent());
        }
        return null;
    }

    /** A district's distinctive stem: 济宁高新区 → 高新, 太白湖新区 → 太白湖. */
    static String stem(String district, Gazetteer g) {
        String s = district;
        GazetteerEntry e = g.entries.get(district);
        if (e != null && e.parent() != null) {
            for (String cityName : g.namesOf(e.parent())) {
                if (s.startsWith(cityName) && s.length() > cityName.length() + 1) {
                    s = s.substring(cityName.length());
                    break;
                }
            }
        }
        if (s.endsWith("高新区")) {
            // 济宁高新区 and 高新区 alike: the name of any city's zone
            return "高新";
        }
        for (String suffix : new String[]{"新区", "开发区", "经开区", "区", "县", "市"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** The district a paper covers, read from its name (济宁高新新闻 → 济宁高新区), or null. */
    public String districtOfPaper(String paper) {
        if (paper == null) {
            return null;
        }
        for (String d : districts()) {
            String stem = stem(d, this);
            int at = paper.indexOf(stem);
            if (at < 0) {
                continue;
            }
            // 高新 is any city's: 济宁高新新闻 and 高新新闻 are this district's paper, 中国网·滨海高新 is another's
            String before = paper.substring(0, at);
            String city = entries.get(d).parent();
            if (!stem.equals("高新") || before.isEmpty() || city != null && namesOf(city).stream().anyMatch(before::endsWith)) {
                return d;
            }
        }
        return null;
    }

    /** A name and its aliases. */
    Set<String> namesOf(String canonical) {
        Set<String> out = new LinkedHashSet<>();
        out.add(canonical);
        aliases.forEach((alias, name) -> {
            if (name.equals(canonical)) {
                out.add(alias);
            }
        });
        return out;
    }

    /** Names that mean "here" for an official's title: the cities and districts, and their aliases. */
    Set<String> localNames() {
        Set<String> local = localNames;
        if (local == null) {
            localNames = local = Collections.unmodifiableSet(computeLocalNames());
        }
        return local;
    }

    private Set<String> computeLocalNames() {
        Set<String> out = new LinkedHashSet<>();
        for (GazetteerEntry e : entries.values()) {
            // a city or district a page merely named (临沂市) is not the paper's own: only the seed's and the archivist's are
            if ((e.level() == PlaceLevel.CITY || e.level() == PlaceLevel.DISTRICT) && !e.source().equals("pattern")) {
                out.addAll(namesOf(e.name()));
                out.add(e.name().replaceFirst("市$", ""));
            }
        }
        return out;
    }
}
