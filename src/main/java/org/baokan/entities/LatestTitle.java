package org.baokan.entities;

import org.baokan.model.PersonRole;
import org.baokan.model.PersonSummary;
import org.baokan.store.EntityStore.PersonTitles;
import org.baokan.store.EntityStore.TitlePrinting;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's latest title for the people list. Papers misprint: a title printed on a single day
 * (区党委书记 for 党工委副书记) is what a timeline flags as unconfirmed, so the list gives the latest title
 * printed on more than one day. Titles count as one whatever district stands in front
 * ({@link TitleChanges#core}); the text shown is the one printed last. Only when no title was printed
 * on two days is the latest printed one given, marked as unconfirmed.
 */
final class LatestTitle {
    /** Latest first; undated printings after every dated one. */
    private static final Comparator<LocalDate> LATEST_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

    private LatestTitle() {
    }

    /** One title (its core) across the days it was printed. */
    private static final class Seen {
        final Set<LocalDate> days = new HashSet<>();
        LocalDate last; // null while only undated printings were seen
        String printed;
        PersonRole role;

        void add(LocalDate date, String title, PersonRole roleThere) {
            if (date != null) {
                days.add(date);
            }
            if (printed == null || (date != null && (last == null || date.isAfter(last)))) {
                printed = title;
                role = roleThere;
                last = date == null ? last : date;
            }
        }

        boolean confirmed() {
            return days.size() > 1;
        }
    }

    /**
     * @param person   the person and their printings
     * @param prefixes place names a title may begin with, longest first
     */
    static PersonSummary of(PersonTitles person, List<String> prefixes) {
        Map<String, Seen> byCore = new LinkedHashMap<>();
        for (TitlePrinting p : person.printings()) {
            String title = TitleChanges.principal(p.titles());
            if (title != null) {
                byCore.computeIfAbsent(TitleChanges.core(title, prefixes), k -> new Seen()).add(p.date(), title, p.role());
            }
        }
        Comparator<Seen> latest = Comparator.comparing((Seen s) -> s.last, LATEST_FIRST);
        Seen chosen = byCore.values().stream().filter(Seen::confirmed).min(latest)
                .orElseGet(() -> byCore.values().stream().min(latest).orElse(null));
        if (chosen != null) {
            return new PersonSummary(person.name(), person.appearances(), chosen.printed, chosen.confirmed(), chosen.role);
        }
        PersonRole role = person.printings().stream().min(Comparator.comparing(TitlePrinting::date, LATEST_FIRST))
                .map(TitlePrinting::role).orElse(PersonRole.OTHER);
        return new PersonSummary(person.name(), person.appearances(), null, false, role);
    }
}
