package org.baokan.ingest;

import java.util.List;

/**
 * What is left of a page once its furniture is taken out ({@link FurnitureSorter}), in reading
 * order: runs of headline lines, bodies, and boundaries (furniture that stood between them).
 * {@link HeadlinePairer} pairs them into articles.
 */
sealed interface Unit permits Unit.Run, Unit.Body, Unit.Boundary {

    /** Consecutive headline lines, to be split into headline groups. */
    record Run(List<TypedLine> lines) implements Unit {
    }

    /** Paragraphs, with the byline and credit lines that stood among them. */
    record Body(List<Paragraph> paragraphs, List<TypedLine> credits) implements Unit {
        boolean startsWithDateline() {
            return !paragraphs.isEmpty() && paragraphs.get(0).dateline();
        }

        /** The text of the first {@code n} paragraphs, for comparing with headlines. */
        String text(int n) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < paragraphs.size() && i < n; i++) {
                b.append(paragraphs.get(i).text());
            }
            return b.toString();
        }
    }

    /** Furniture between two parts of the page: what stands on either side does not run on across it. */
    record Boundary() implements Unit {
    }
}
