package org.baokan.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.baokan.model.ParsedPage;
import org.baokan.model.SourceInfo;
import org.junit.jupiter.api.AfterAll;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input makes the parser throw anything but {@link BadInputException}, or hang. A bounded
 * fuzzing session inside {@code mvn verify} (JAZZER_FUZZ=1 in the surefire configuration, 45 s);
 * without that variable it replays its seed corpus in
 * {@code src/test/resources/org/baokan/ingest/ParserFuzzTestInputs/}: windows of the seed pages in
 * UTF-8 and GB18030, and shortened forms of the repetitive pages that {@code bench.ParseShapesBenchmark}
 * parses whole (a guide box, bylines, a long line, a narrow column, each repeated thousands of
 * times). Half the inputs go through decoding as raw bytes, half go straight to the
 * parser as text, so that the fuzzer reaches the parser's inner stages.
 *
 * <p>A hang is an input the parser does not finish within {@link #HANG_SECONDS}; pages parse in
 * milliseconds, so the margin is wide and the check cannot flake on a slow machine.
 */
class ParserFuzzTest {
    private static final long HANG_SECONDS = 20;
    private static final PageParser PARSER = new PageParser();
    private static final SourceInfo SOURCE = new SourceInfo("fuzz.txt", "0".repeat(64), "UTF-8");
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-parse");
        t.setDaemon(true);
        return t;
    });

    @FuzzTest(maxDuration = "45s")
    void parserNeverThrowsOrHangs(FuzzedDataProvider data) throws Exception {
        boolean asBytes = data.consumeBoolean();
        Future<ParsedPage> result;
        if (asBytes) {
            byte[] bytes = data.consumeRemainingAsBytes();
            result = WORKER.submit(() -> {
                try {
                    return PARSER.parse(bytes, "fuzz.txt");
                } catch (BadInputException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                    return null;
                }
            });
        } else {
            String text = data.consumeRemainingAsString();
            result = WORKER.submit(() -> PARSER.parseText(text, SOURCE));
        }
        try {
            ParsedPage page = result.get(HANG_SECONDS, TimeUnit.SECONDS);
            if (page != null) {
                assertThat(page.articles()).doesNotContainNull();
            }
        } catch (TimeoutException hang) {
            throw new AssertionError("the parser did not finish within " + HANG_SECONDS + " s", hang);
        } catch (ExecutionException e) {
            throw new AssertionError("the parser threw " + e.getCause(), e.getCause());
        }
    }

    @AfterAll
    static void stopWorker() {
        WORKER.shutdownNow();
    }
}
