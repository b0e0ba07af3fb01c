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
        List<String> out = new ArrayList<>(reporters);
        for (List<String> role : List.of(correspondents, photographers, editors)) {
            for (String name : role) {
                if (!out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** 文/图: the people who wrote the story also took its photos, and are credited in both roles. */
    Byline withPhotosByWriters() {
        List<String> both = new ArrayList<>(photographers);
        for (List<String> role : List.of(reporters, correspondents)) {
            for (String name : role) {
                if (!both.contains(name)) {
                    both.add(name);
                }
            }
        }
        return new Byline(BylineParser.Kind.BYLINE, raw, reporters, correspondents, List.copyOf(both), editors, unclear);
    }

    Byline as(BylineParser.Kind newKind) {
        return new Byline(newKind, raw, reporters, correspondents, photographers, editors, unclear);
    }

    Byline withRaw(String newRaw) {
        return new Byline(kind, newRaw, reporters, correspondents, photographers, editors, unclear);
    }
}
