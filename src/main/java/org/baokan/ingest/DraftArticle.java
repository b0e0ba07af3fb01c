package org.baokan.ingest;

import org.baokan.model.Warning;

import java.util.ArrayList;
import java.util.List;

/** An article while the page is being assembled. */
final class DraftArticle {
    HeadlineGroup headline;
    final List<Paragraph> paragraphs = new ArrayList<>();
    /** Photo or editor's credit lines. */
    final List<TypedLine> credits = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    /** Nothing more can be appended: a boundary or a credit came after it. */
    boolean closed;

    DraftArticle(HeadlineGroup headline) {
        this.headline = headline;
    }

    boolean hasDateline() {
        for (Paragraph p : paragraphs) {
            if (p.dateline()) {
                return true;
            }
        }
        return false;
    }

    int datelineIndex() {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).dateline()) {
                return i;
            }
        }
        return -1;
    }

    boolean isHeadless() {
        return headline == null;
    }

    String bodyText(int maxParagraphs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < paragraphs.size() && i < maxParagraphs; i++) {
            b.append(paragraphs.get(i).text());
        }
        return b.toString();
    }

    int firstLine() {
        if (headline != null) {
            return headline.firstLine();
        }
        return paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0).firstLine();
    }
}
