package org.baokan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of a byline or credit, by role.
 *
 * @param kind           a byline of the story, a photo credit, or an editor's credit
 * @param raw            the byline as printed
 * @param reporters      记者 (and an author named without a role)
 * @param correspondents 通讯员
 * @param photographers  names of a photo credit (… 摄)
 * @param editors        names of an editor's credit (… 整理)
 * @param unclear        whether some part could not be read as names (reported as a warning)
 */
record Byline(BylineParser.Kind kind, String raw, List<String> reporters, List<String> correspondents, List<String> photographers,
              List<String> editors, boolean unclear) {

    /** Every name once, in the order of the roles. */
    List<String> all() {
        return union(List.of(reporters, correspondents, photographers, editors));
    }

    /** 文/图: the people who wrote the story also took its photos, and are credited in both roles. */
    Byline withPhotosByWriters() {
        return new Byline(BylineParser.Kind.BYLINE, raw, reporters, correspondents,
                union(List.of(photographers, reporters, correspondents)), editors, unclear);
    }

    /** The names of the lists, each once, in the order they come. */
    private static List<String> union(List<List<String>> lists) {
        List<String> out = new ArrayList<>();
        for (List<String> names : lists) {
            for (String name : names) {
                if (!out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return List.copyOf(out);
    }

    Byline as(BylineParser.Kind newKind) {
        return new Byline(newKind, raw, reporters, correspondents, photographers, editors, unclear);
    }

    Byline withRaw(String newRaw) {
        return new Byline(kind, newRaw, reporters, correspondents, photographers, editors, unclear);
    }
}
