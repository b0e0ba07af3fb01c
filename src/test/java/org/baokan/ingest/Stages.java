package org.baokan.ingest;

import java.util.List;

/** Test helpers: the input of a later parser stage, made by the stages before it from inline lines. */
final class Stages {
    private Stages() {
    }

    /** The blocks the page assembler receives for these lines. */
    static List<Block> blocks(String... lines) {
        List<Line> normalised = LineNormalizer.normalise(String.join("\n", lines));
        return ParagraphBuilder.build(HeadlineDetector.detect(LineClassifier.classify(normalised)));
    }

    /** The units {@link HeadlinePairer} receives for these lines. */
    static List<Unit> units(String... lines) {
        return FurnitureSorter.sort(blocks(lines)).units();
    }

    /** The draft articles {@link FragmentReorderer} receives for these lines. */
    static List<DraftArticle> drafts(String... lines) {
        return HeadlinePairer.pair(units(lines));
    }
}
