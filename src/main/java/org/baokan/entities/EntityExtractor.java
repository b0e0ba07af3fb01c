package org.baokan.entities;

import org.baokan.ingest.LeadDates;
import org.baokan.ingest.Scripts;
import org.baokan.ingest.Words;
import org.baokan.model.Article;
import org.baokan.model.ArticleEntities;
import org.baokan.model.ArticleEvent;
import org.baokan.model.ArticleKind;
import org.baokan.model.EnrichedPage;
import org.baokan.model.GazetteerEntry;
import org.baokan.model.GuideEntry;
import org.baokan.model.ParsedPage;
import org.baokan.model.Person;
import org.baokan.model.PersonMention;
import org.baokan.model.PersonRole;
import org.baokan.model.Place;
import org.baokan.model.PlaceLevel;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in the people and places of a page's articles, and what the archive keeps for timelines.
 *
 * <p>People are found with their titles first, anywhere on the page; then every article is searched
 * for those names alone, and for the names the archive already knows. Reporters, correspondents,
 * photographers and editors are bylines, not people of the story. A brief column's items are
 * separate appearances, each with its own date.
 */
public final class EntityExtractor {
    /**
     * Where a dateline names the place it was filed from: after the outlet (新华社北京11月25日电,
     * 东南网龙岩8月9日讯, 陇西讯) or after the date (台湾网10月9日开封消息). Read in simplified script.
     */
    private static final Pattern DATELINE_FROM = Pattern.compile(
            "^(?:新华社|中新社|本报|本刊|本网|[\\p{IsHan}·]{1,10}?(?:网|报|社|台|在线|融媒体中心|客户端))?[·]?"
                    + "(?:([\\p{IsHan}]{2,6}?)(?:\\d{1,2}月\\d{1,2}日)?(?:电|讯|消息)"
                    + "|\\d{1,2}月\\d{1,2}日([\\p{IsHan}]{2,6}?)(?:电|讯|消息))");
    private static final Pattern OUTLET_END = Pattern.compile("(网|报|社|台|在线|中心|客户端|新闻|传媒|融媒)$");
    private static final Pattern HAN_SPACE = Pattern.compile("(?<=\\p{IsHan})[ \\u3000]+(?=\\p{IsHan})");
    private static final Pattern DATELINE_PLACE = Pattern.compile("^本报([\\p{IsHan}]{2,4}?)(\\d|讯|电)");

    private final Gazetteer gazetteer;
    private final Map<String, PersonRole> knownPeople;
    private volatile KnownNames knownNames;

    /**
     * @param gazetteer   the places known
     * @param knownPeople people the archive already knows, with their role, so that mentions by name
     *                    alone are found; may be a live map that grows as pages are stored
     */
    public EntityExtractor(Gazetteer gazetteer, Map<String, PersonRole> knownPeople) {
        this.gazetteer = gazetteer;
        this.knownPeople = knownPeople;
    }

    /** With the shipped gazetteer and no known people: what {@code parse} prints. */
    public static EntityExtractor standalone() {
        return new EntityExtractor(Gazetteer.builtIn(), Map.of());
    }

    /** The page with people and places filled, and per article the timeline data. */
    public EnrichedPage enrich(ParsedPage page) {
        String context = contextDistrict(page);
        Set<String> local = localNames(page, context);
        List<List<String>> piecesOf = new ArrayList<>();
        List<List<List<PeopleExtractor.Found>>> titledOf = new ArrayList<>();
        for (Article a : page.articles()) {
            piecesOf.add(pieces(a));
        }
        // a page in traditional script is read in simplified script, position for position
        boolean traditional = Scripts.looksTraditional(String.join("", piecesOf.stream().flatMap(List::stream).toList()));
        for (List<String> pieces : piecesOf) {
            titledOf.add(pieces.stream().map(p -> PeopleExtractor.titled(p, traditional ? Scripts.fold(p) : p)).toList());
        }
        // the counties the page names in full, or its paper's name holds: their short forms are read bare (海曙, 长子)
        List<String> keys = new ArrayList<>();
        piecesOf.forEach(ps -> ps.forEach(p -> keys.add(traditional ? Scripts.fold(p) : p)));
        page.articles().stream().map(Article::dateline).filter(java.util.Objects::nonNull).map(Scripts::fold).forEach(keys::add);
        Set<String> countiesNamed = PlaceExtractor.countiesNamed(keys, page.paper() == null ? null : Scripts.fold(page.paper()));
        // 1. people with titles, anywhere on the page
        Map<String, PersonRole> pageRoles = titledPeople(page, titledOf, local);
        Set<String> bylines = new HashSet<>();
        page.articles().forEach(a -> bylines.addAll(a.authors()));
        Words pageNames = new Words(pageRoles.keySet().stream().map(Scripts::fold).toList());
        Set<String> foldedBylines = new HashSet<>();
        bylines.forEach(b -> foldedBylines.add(Scripts.fold(b)));
        Words archiveNames = knownWords();
        // 2. per article: titled people and mentions by name alone
        List<Article> articles = new ArrayList<>();
        List<ArticleEntities> entities = new ArrayList<>();
        List<GazetteerEntry> discovered = new ArrayList<>();
        for (int ai = 0; ai < page.articles().size(); ai++) {
            Article a = page.articles().get(ai);
            Set<String> authors = new HashSet<>(a.authors());
            List<String> pieces = piecesOf.get(ai);
            List<List<PeopleExtractor.Found>> perPiece = new ArrayList<>();
            for (int pi = 0; pi < pieces.size(); pi++) {
                String piece = pieces.get(pi);
                List<PeopleExtractor.Found> found = new ArrayList<>(titledOf.get(ai).get(pi));
                Set<Integer> at = new HashSet<>();
                found.forEach(f -> at.add(f.start()));
                for (PeopleExtractor.Found f : PeopleExtractor.byName(piece, traditional ? Scripts.fold(piece) : piece, pageNames,
                        archiveNames, foldedBylines)) {
                    if (!at.contains(f.start())) {
                        found.add(f);
                    }
                }
                found.removeIf(f -> authors.contains(f.name()));
                found.sort(java.util.Comparator.comparingInt(PeopleExtractor.Found::start));
                perPiece.add(found);
            }
            List<PeopleExtractor.Found> all = new ArrayList<>();
            perPiece.forEach(all::addAll);
            Map<String, List<String>> titles = PeopleExtractor.titlesByName(all);
            List<Person> people = new ArrayList<>();
            Map<String, PersonRole> roles = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : titles.entrySet()) {
                PersonRole role = roleOf(e.getKey(), e.getValue(), pageRoles, local);
                roles.put(e.getKey(), role);
                people.add(new Person(e.getKey(), e.getValue(), role));
            }
            Map<String, Place> places = new LinkedHashMap<>();
            List<List<PlaceExtractor.Found>> placesPerPiece = new ArrayList<>();
            for (int pi = 0; pi < pieces.size(); pi++) {
                String piece = pieces.get(pi);
                boolean[] names = new boolean[piece.length()];
                for (PeopleExtractor.Found f : perPiece.get(pi)) {
                    for (int k = f.start(); k < f.start() + f.name().length() && k < names.length; k++) {
                        names[k] = true;
                    }
                }
                List<PlaceExtractor.Found> found = PlaceExtractor.find(piece, traditional ? Scripts.fold(piece) : piece,
                        gazetteer, context, names, countiesNamed);
                placesPerPiece.add(found);
                found.forEach(f -> places.putIfAbsent(f.name(), new Place(f.name(), f.level())));
            }
            for (PlaceExtractor.Found f : datelinePlaces(a.dateline(), traditional, countiesNamed)) {
                places.putIfAbsent(f.name(), new Place(f.name(), f.level()));
            }
            List<PersonMention> mentions = new ArrayList<>();
            List<ArticleEvent> events = new ArrayList<>();
            if (a.kind() == ArticleKind.BRIEF && !a.paragraphs().isEmpty()) {
                int first = pieces.size() - a.paragraphs().size();
                for (int i = 0; i < a.paragraphs().size(); i++) {
                    String item = a.paragraphs().get(i);
                    LocalDate date = LeadDates.resolve(item, page.date());
                    MonthDay monthDay = date == null && page.date() == null ? LeadDates.monthDay(item, null) : null;
                    List<List<PlaceExtractor.Found>> itemPlaces = placesPerPiece.subList(first + i, first + i + 1);
                    events.add(event(i, perPiece.get(first + i), roles, mentions, itemPlaces,
                            district(itemPlaces, context), date, monthDay, excerpt(item)));
                }
            } else {
                events.add(event(-1, all, roles, mentions, placesPerPiece, district(placesPerPiece, context),
                        a.eventDate(), monthDay(a, page), null));
            }
            for (Place p : places.values()) {
                String district = events.stream().filter(e -> e.places().contains(p.name())).map(ArticleEvent::district)
                        .filter(java.util.Objects::nonNull).findFirst().orElse(events.get(0).district());
                discover(p.name(), p.level(), district, discovered);
            }
            List<Place> placeList = new ArrayList<>(places.values());
            articles.add(a.withEntities(people, placeList));
            entities.add(new ArticleEntities(mentions, placeList, events));
        }
        // 3. the guide and teasers name places too (高新区杨家河科技创业园): the gazetteer learns them
        for (GuideEntry g : page.guide()) {
            List<List<PlaceExtractor.Found>> found = new ArrayList<>();
            for (String s : new String[]{g.kicker(), g.title()}) {
                if (s != null) {
                    found.add(PlaceExtractor.find(s, gazetteer, context));
                }
            }
            String district = district(found, context);
            found.stream().flatMap(List::stream).forEach(f -> discover(f.name(), f.level(), district, discovered));
        }
        return new EnrichedPage(page.withArticles(articles), entities, discovered);
    }

    /** The people a page names with a title, and the role the first title gives them; bylines are not among them. */
    public Map<String, PersonRole> titledPeople(ParsedPage page) {
        List<List<List<PeopleExtractor.Found>>> titledOf = new ArrayList<>();
        for (Article a : page.articles()) {
            titledOf.add(pieces(a).stream().map(p -> PeopleExtractor.titled(p, Scripts.foldIfTraditional(p))).toList());
        }
        return titledPeople(page, titledOf, localNames(page, contextDistrict(page)));
    }

    private static Map<String, PersonRole> titledPeople(ParsedPage page, List<List<List<PeopleExtractor.Found>>> titledOf,
                                                        Set<String> local) {
        Map<String, PersonRole> roles = new LinkedHashMap<>();
        Set<String> bylines = new HashSet<>();
        for (int ai = 0; ai < page.articles().size(); ai++) {
            bylines.addAll(page.articles().get(ai).authors());
            for (List<PeopleExtractor.Found> piece : titledOf.get(ai)) {
                for (PeopleExtractor.Found f : piece) {
                    roles.putIfAbsent(f.name(), PeopleExtractor.role(f.titles(), local));
                }
            }
        }
        roles.keySet().removeAll(bylines);
        return roles;
    }

    /** The names the archive knows, indexed; rebuilt only when someone new was learned (the map only grows). */
    private Words knownWords() {
        KnownNames k = knownNames;
        int size = knownPeople.size();
        if (k == null || k.size() != size) {
            k = new KnownNames(size, new Words(List.copyOf(knownPeople.keySet())));
            knownNames = k;
        }
        return k.words();
    }

    private record KnownNames(int size, Words words) {
    }

    /**
     * Headline lines and paragraphs: where people and places are named (bylines and datelines are
     * not). A space the parser left between two Han characters is dropped, so that a name or title
     * broken by one ({@code 展 鑫}) is still read whole.
     */
    private static List<String> pieces(Article a) {
        List<String> out = new ArrayList<>();
        for (String s : new String[]{a.kicker(), a.title(), a.subtitle()}) {
            if (s != null) {
                out.add(joinHeadline(s));
            }
        }
        a.paragraphs().forEach(p -> out.add(joinHan(p)));
        return out;
    }

    /** The places a dateline names as where it was filed from (新华社北京11月25日电 → 北京); known places only. */
    private List<PlaceExtractor.Found> datelinePlaces(String dateline, boolean traditional, Set<String> countiesNamed) {
        if (dateline == null) {
            return List.of();
        }
        String printed = dateline.replaceAll("^[【\\[(（\\s]+", "");
        String key = traditional ? Scripts.fold(printed) : printed;
        Matcher m = DATELINE_FROM.matcher(key);
        if (!m.lookingAt()) {
            return List.of();
        }
        int g = m.start(1) >= 0 ? 1 : 2;
        String place = printed.substring(m.start(g), m.end(g));
        if (OUTLET_END.matcher(key.substring(m.start(g), m.end(g))).find()) {
            // the outlet's own name (海曙新闻网讯, 马尾新闻网讯) says who filed, not from where
            return List.of();
        }
        String placeKey = key.substring(m.start(g), m.end(g));
        List<PlaceExtractor.Found> found = PlaceExtractor.find(place, placeKey, gazetteer, null, new boolean[placeKey.length()],
                countiesNamed);
        found.removeIf(f -> f.start() != 0);
        return found;
    }

    /**
     * A headline's stray spaces dropped (衡 南 县, 展 鑫), its separators kept: a space between two
     * words of two or more characters parts the clauses or names of a headline (马丽红 荣红智出席).
     */
    private static String joinHeadline(String s) {
        return s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 ? s : HEADLINE_STRAY_SPACE.matcher(s).replaceAll("");
    }

    /** A space between Han characters with a single one on at least one side. */
    private static final Pattern HEADLINE_STRAY_SPACE = Pattern.compile(
            "(?<=(?:^|[^\\p{IsHan}])\\p{IsHan})[ \\u3000]+(?=\\p{IsHan})|(?<=\\p{IsHan})[ \\u3000]+(?=\\p{IsHan}(?:[^\\p{IsHan}]|$))");

    private static String joinHan(String s) {
        return s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 ? s : HAN_SPACE.matcher(s).replaceAll("");
    }

    private PersonRole roleOf(String name, List<String> titles, Map<String, PersonRole> pageRoles, Set<String> local) {
        if (!titles.isEmpty()) {
            return PeopleExtractor.role(titles, local);
        }
        PersonRole r = pageRoles.get(name);
        if (r == null || r == PersonRole.OTHER) {
            // what the archive knows of a person the page names without a title
            PersonRole known = knownPeople.get(name);
            r = known != null ? known : r;
        }
        return r == null ? PersonRole.OTHER : r;
    }

    /**
     * Adds a place the gazetteer does not know yet: a 街道, 镇, 园区, 社区, 村 or road under the
     * district it was found in; a province, city or district under none, since a story of one
     * district names cities and provinces it is part of or visits (临沂市 is not in 太白湖新区).
     */
    private void discover(String name, PlaceLevel level, String district, List<GazetteerEntry> discovered) {
        if (gazetteer.entry(name).isEmpty() && discovered.stream().noneMatch(x -> x.name().equals(name))) {
            String parent = level.withinADistrict() ? district : null;
            discovered.add(new GazetteerEntry(name, level, parent, List.of(), "pattern"));
        }
    }

    /**
     * One event (an article, or an item of a brief column): its people become mentions, and the
     * leaders among them the event's leaders.
     */
    private static ArticleEvent event(int item, List<PeopleExtractor.Found> found, Map<String, PersonRole> roles,
                                      List<PersonMention> mentions, List<List<PlaceExtractor.Found>> places,
                                      String district, LocalDate date, MonthDay monthDay, String excerpt) {
        Map<String, List<String>> titles = PeopleExtractor.titlesByName(found);
        for (Map.Entry<String, List<String>> e : titles.entrySet()) {
            mentions.add(new PersonMention(e.getKey(), item, e.getValue(), roles.get(e.getKey())));
        }
        List<String> leaders = titles.keySet().stream().filter(n -> roles.get(n) == PersonRole.LEADER).toList();
        List<String> named = places.stream().flatMap(List::stream).map(PlaceExtractor.Found::name).distinct().toList();
        return new ArticleEvent(item, district, date, monthDay, leaders, named, excerpt);
    }

    /**
     * The district a text is about: the one it names most (a 街道 or 镇 counts for the district it
     * belongs to), else the district of the page.
     */
    private String district(List<List<PlaceExtractor.Found>> found, String context) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<PlaceExtractor.Found> piece : found) {
            for (PlaceExtractor.Found f : piece) {
                String d = f.level() == PlaceLevel.DISTRICT ? f.name() : gazetteer.districtOf(f.name());
                if (d != null) {
                    counts.merge(d, f.level() == PlaceLevel.DISTRICT ? 2 : 1, Integer::sum);
                }
            }
        }
        String best = context;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** What a brief item's excerpt leaves out at its start, in order: the bullet, the date, 近日. */
    private static final List<Pattern> EXCERPT_LEADS = List.of(
            Pattern.compile("^[◎●○■□▲△◆◇★☆·•\\-—*]+\\s*"),
            Pattern.compile("^(\\d{4}年)?(\\d{1,2}月)?\\d{1,2}日(上午|下午|晚上|晚间|早上|中午)?[,，、\\s]*"),
            Pattern.compile("^(近日|日前|近期)[,，\\s]*"));

    /** The beginning of a brief item, without its bullet and date: what a timeline shows for it. */
    static String excerpt(String item) {
        String s = item.strip();
        for (Pattern lead : EXCERPT_LEADS) {
            s = lead.matcher(s).replaceFirst("");
        }
        int stop = s.indexOf('。');
        if (stop > 0) {
            s = s.substring(0, stop);
        }
        return s.length() > 48 ? s.substring(0, 47) + "…" : s;
    }

    /** The month and day of an article's event when the page gives no year; null when its date is known. */
    private static MonthDay monthDay(Article a, ParsedPage page) {
        if (a.eventDate() != null || page.date() != null) {
            return null;
        }
        return LeadDates.monthDay(a.paragraphs().isEmpty() ? null : a.paragraphs().get(0), a.dateline());
    }

    /** The district the page is about: from the paper's name, else the one its articles name most. */
    private String contextDistrict(ParsedPage page) {
        String fromPaper = gazetteer.districtOfPaper(page.paper());
        if (fromPaper != null) {
            return fromPaper;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Article a : page.articles()) {
            for (String piece : pieces(a)) {
                for (PlaceExtractor.Found f : PlaceExtractor.find(piece, gazetteer, null)) {
                    if (f.level() == PlaceLevel.DISTRICT && f.known()) {
                        counts.merge(f.name(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Names that mean "here" for an official's title: the gazetteer's cities and districts, and the dateline's city. */
    private Set<String> localNames(ParsedPage page, String context) {
        Set<String> local = new LinkedHashSet<>(gazetteer.localNames());
        for (Article a : page.articles()) {
            if (a.dateline() != null) {
                Matcher m = DATELINE_PLACE.matcher(a.dateline());
                if (m.find()) {
                    local.add(m.group(1));
                    local.add(m.group(1) + "市");
                }
            }
        }
        if (context != null) {
            local.addAll(gazetteer.namesOf(context));
        }
        return local;
    }
}
