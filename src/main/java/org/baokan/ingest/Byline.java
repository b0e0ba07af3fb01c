package org.baokan.ingest;

import java.util.List;

/**
 * The names of a byline or credit, by role.
 *
 * @param kind           a byline of the story, a photo credit, or an editor's credit
 * @param raw            the byline as printed
 * @param reporters      记者
 * @param correspondents 通讯员
 * @param photographers  names of a photo credit (… 摄)
 * @param editors        names of an editor's credit (… 整理)
 * @param unclear        whether some part could not be read as names (reported as a warning)
 */
record Byline(BylineParser.Kind kind, String raw, List<String> reporters, List<String> correspondents, List<String> photographers,
              List<String> editors, boolean unclear) {
}
