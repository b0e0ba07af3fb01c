package org.baokan.entities;

import org.baokan.archive.OpenNotice;
import org.baokan.archive.PageEnricher;
import org.baokan.model.EnrichedPage;
import org.baokan.model.ParsedPage;
import org.baokan.model.PersonMention;
import org.baokan.model.PersonRole;
import org.baokan.store.Archive;
import org.baokan.store.ArchiveException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;


/**
 * Entity extraction as import uses it: with the archive's gazetteer and the people it already
 * knows, learning the people of each page as it is stored, so that later pages find them by name.
 */
public final class Enrichment implements PageEnricher {
    private final Map<String, PersonRole> known;
    private final EntityExtractor extractor;

    private Enrichment(Gazetteer gazetteer, Map<String, PersonRole> known) {
        this.known = known;
        this.extractor = new EntityExtractor(gazetteer, known);
    }

    /** Enrichment for pages imported into this archive. */
    public static Enrichment forArchive(Archive archive) throws ArchiveException {
        return new Enrichment(TimelineService.gazetteerOf(archive),
                new ConcurrentHashMap<>(archive.entities().knownPeople()));
    }

    @Override
    public EnrichedPage apply(ParsedPage page) {
        return extractor.enrich(page);
    }

    /**
     * The factory import and the opener use; on open it re-extracts an archive whose people and
     * places come from older rules.
     */
    public static final PageEnricher.Factory FACTORY = new PageEnricher.Factory() {
        @Override
        public PageEnricher create(Archive archive) throws ArchiveException {
            return forArchive(archive);
        }

        @Override
        public void prepare(Archive archive, Consumer<OpenNotice> notice) throws ArchiveException {
            Reextraction.ifOutdated(archive, notice);
        }
    };

    /** The stronger of two roles: leader over visitor over other. */
    static PersonRole stronger(PersonRole a, PersonRole b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** Called once a page is stored: its people are known from now on. */
    @Override
    public void stored(EnrichedPage page) {
        page.entities().forEach(e -> {
            for (PersonMention m : e.mentions()) {
                known.merge(m.name(), m.role(), Enrichment::stronger);
            }
        });
    }
}
