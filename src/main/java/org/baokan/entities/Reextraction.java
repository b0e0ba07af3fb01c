package org.baokan.entities;

import org.baokan.archive.ImportListener;
import org.baokan.archive.OpenNotice;
import org.baokan.model.ParsedPage;
import org.baokan.model.PersonRole;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;
import org.baokan.store.EntityStore;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Extracts the people and places of every stored page again: after the archivist edits the
 * gazetteer, and when the program's rules are newer than those the archive was extracted with.
 * The pages themselves are not touched, and the archivist's aliases and merges are applied.
 *
 * <p>Two passes: the first collects everyone the archive names with a title, the second finds
 * them on every page, also by name alone. So the result does not depend on the order in which
 * pages were imported.
 */
public final class Reextraction {
    /**
     * The version of the extraction rules. Raise it whenever a change to {@code entities} changes
     * what is extracted: archives extracted by older rules are re-extracted when next opened.
     */
    public static final int RULES_VERSION = 6;

    private final Archive archive;

    public Reextraction(Archive archive) {
        this.archive = archive;
    }

    /** Re-extracts when the archive's people and places come from older rules; an empty archive is just marked. */
    public static void ifOutdated(Archive archive, Consumer<OpenNotice> notice) throws ArchiveException {
        EntityStore store = archive.entities();
        if (store.rulesVersion() >= RULES_VERSION) {
            return;
        }
        if (archive.isEmpty()) {
            store.setRulesVersion(RULES_VERSION);
            return;
        }
        long start = System.nanoTime();
        int pages = new Reextraction(archive).run(ImportListener.NONE, () -> false);
        notice.accept(new OpenNotice(OpenNotice.Kind.REEXTRACTED, archive.path(), pages, (System.nanoTime() - start) / 1e9));
    }

    /**
     * Re-extracts every page. Each page is replaced in its own transaction; when cancelled, the
     * pages done so far keep their new people and places and the rest their old ones, and the
     * archive stays marked as outdated so that the work is finished at the next open.
     *
     * @return the number of pages re-extracted
     */
    public int run(ImportListener listener, BooleanSupplier cancelled) throws ArchiveException {
        EntityStore store = archive.entities();
        store.unfileFoundProvincesCitiesAndDistricts(); // the place a pattern found is filed as the rules file it now
        Gazetteer gazetteer = TimelineService.gazetteerOf(archive);
        List<Long> ids = store.pageIds();
        listener.started(ids.size());
        EntityExtractor titles = new EntityExtractor(gazetteer, Map.of());
        Map<String, PersonRole> known = new HashMap<>();
        for (long id : ids) {
            if (cancelled.getAsBoolean()) {
                return 0;
            }
            page(id).ifPresent(p -> titles.titledPeople(p).forEach((name, role) -> known.merge(name, role,
                    Enrichment::stronger)));
        }
        EntityExtractor extractor = new EntityExtractor(gazetteer, Map.copyOf(known));
        int done = 0;
        for (long id : ids) {
            if (cancelled.getAsBoolean()) {
                return done;
            }
            Optional<ParsedPage> page = page(id);
            if (page.isPresent()) {
                store.replaceEntities(id, extractor.enrich(page.get()));
            }
            listener.progress(++done, ids.size(), null);
        }
        store.pruneUnused();
        store.setRulesVersion(RULES_VERSION);
        return done;
    }

    /** The page without its stored people and places: they are extracted anew, so not read. */
    private Optional<ParsedPage> page(long id) throws ArchiveException {
        return archive.reader().parsedPage(id, false);
    }
}
