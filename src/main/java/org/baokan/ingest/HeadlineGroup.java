package org.baokan.ingest;

import java.util.List;

/**
 * A headline group: kicker (引题), title (主题) and subtitle (副题), any of which may be missing.
 *
 * @param kicker   the kicker, or null
 * @param title    the title, or null
 * @param subtitle the subtitle, or null
 * @param lines    the lines it was read from
 */
record HeadlineGroup(String kicker, String title, String subtitle, List<TypedLine> lines) {

    /** All its words, for comparing with a body. */
    String allText() {
        StringBuilder b = new StringBuilder();
        for (String s : new String[]{kicker, title, subtitle}) {
            if (s != null) {
                b.append(s).append(' ');
            }
        }
        return b.toString().strip();
    }

    int firstLine() {
        return lines.get(0).number();
    }

    /** For warnings: the title, or the kicker. */
    String label() {
        return title != null ? title : kicker != null ? kicker : subtitle;
    }
}
