package org.baokan.ui.common;

import org.baokan.archive.ImportReport;
import org.baokan.export.ExportException;
import org.baokan.ingest.BadInputException;
import org.baokan.model.Warning;
import org.baokan.model.WarningKind;
import org.baokan.store.ArchiveException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors and warnings reach the reader in the UI's language, whatever the layer that raised them. */
class MessagesTest {
    private final Messages zh = new Messages(Messages.CHINESE);
    private final Messages en = new Messages(Messages.ENGLISH);
    private final Path archive = Path.of("/data/报刊/archive.db");

    @Test
    void everyErrorAndWarningHasASentenceInBothLanguages() {
        List<Exception> errors = Stream.<Exception>concat(
                Arrays.stream(ArchiveException.Reason.values()).map(r -> new ArchiveException(r, archive, "english")),
                Arrays.stream(ExportException.Kind.values()).map(k -> new ExportException(k, "甲", "乙"))).toList();
        for (Messages m : List.of(zh, en)) {
            for (Exception t : errors) {
                assertThat(m.explain(t)).as(t.toString()).doesNotContain("error.", "{", "english").isNotBlank();
            }
            for (BadInputException.Problem p : BadInputException.Problem.values()) {
                String s = m.failure(new ImportReport.Failure("a.txt", "english", p, "UTF-8"));
                assertThat(s).as(p.toString()).doesNotContain("error.", "{", "english").isNotBlank();
            }
            for (WarningKind k : WarningKind.values()) {
                assertThat(m.warning(Warning.of(k))).as(k.toString()).doesNotContain("warning.", "{").isNotBlank();
            }
        }
    }

    @Test
    void theArchivesErrorsAreChineseInTheChineseWindow() {
        ArchiveException damaged = new ArchiveException(ArchiveException.Reason.DAMAGED, archive,
                "The archive is damaged and cannot be used");
        // the desktop gets it wrapped by the task that met it
        assertThat(zh.explain(new CompletionException(damaged)))
                .isEqualTo("档案 /data/报刊/archive.db 已损坏，无法使用；文件未做任何改动。请从备份恢复，或选择另一个档案。");
        ArchiveException io = new ArchiveException(ArchiveException.Reason.IO, archive, "The archive cannot be used",
                new IOException("Permission denied\nmore lines"));
        assertThat(zh.explain(io)).isEqualTo("无法读写档案 /data/报刊/archive.db（系统提示：Permission denied）。");
        assertThat(en.explain(new ArchiveException(ArchiveException.Reason.IO, archive, "x")))
                .isEqualTo("The archive /data/报刊/archive.db cannot be read or written.");
    }

    @Test
    void exportErrorsNameIdsAndPathsAsTheyAre() {
        assertThat(zh.explain(new ExportException(ExportException.Kind.NO_ARTICLE, 123456L)))
                .isEqualTo("档案中没有文章 123456");
        assertThat(en.explain(new ExportException(ExportException.Kind.PAGE_LACKS_ARTICLE, 7, 123456L)))
                .isEqualTo("The archive's page 7 lacks article 123456");
        ExportException e = new ExportException(ExportException.Kind.EXISTS, Path.of("/tmp/a.pdf"));
        assertThat(e).hasMessage("/tmp/a.pdf already exists; choose another name, or replace it (--force)");
        assertThat(zh.explain(e)).isEqualTo("/tmp/a.pdf 已经存在，请换一个文件名，或选择替换它");
    }

    @Test
    void importFailuresAndWarningsAreSaidInTheReadersLanguage() {
        var empty = new BadInputException(BadInputException.Problem.EMPTY);
        assertThat(empty).hasMessage("the file is empty");
        assertThat(zh.failure(new ImportReport.Failure("a.txt", empty.getMessage(), empty.problem(), empty.detail())))
                .isEqualTo("文件是空的");
        var bom = new BadInputException(BadInputException.Problem.BAD_BYTE_ORDER_MARK, "UTF-16");
        assertThat(bom).hasMessage("the file starts with a UTF-16 mark but is not valid UTF-16");
        assertThat(zh.failure(new ImportReport.Failure("a.txt", bom.getMessage(), bom.problem(), bom.detail())))
                .isEqualTo("文件以 UTF-16 标记开头，内容却不是有效的 UTF-16");
        assertThat(zh.failure(new ImportReport.Failure("a.txt", "could not be parsed", null, "java.lang.Error: x")))
                .isEqualTo("无法解析，程序出错（java.lang.Error: x）");
        assertThat(zh.warning(Warning.of(WarningKind.HEADLINE_WITHOUT_BODY, "创新共建模式 促进优势互补")))
                .isEqualTo("有标题而没有正文：创新共建模式 促进优势互补");
        assertThat(en.warning(Warning.of(WarningKind.PAGE_LABEL_AMBIGUOUS)))
                .isEqualTo("more than one page label; the first is taken as this page's");
        assertThat(zh.warning(Warning.parse("a note from another program"))).isEqualTo("a note from another program");
    }

    @Test
    void anErrorWithoutAMessageIsStillExplained() {
        var refused = new ExportException(new java.awt.print.PrinterAbortException(),
                ExportException.Kind.PRINTER_REFUSED, "PDF", ExportException.why(new java.awt.print.PrinterAbortException()));
        assertThat(zh.explain(refused)).isEqualTo("打印机 PDF 拒绝了打印任务（系统提示：PrinterAbortException）");
        assertThat(new ExportException(ExportException.Kind.NO_FOLDER, (Object) null)).hasMessage("the folder null does not exist");
        assertThat(org.baokan.model.Sentence.fill("{0} and {1}", "{1}", "x")).isEqualTo("{1} and x");
    }

    @Test
    void aWarningWhoseDetailBelongsInsideItsSentence() {
        assertThat(zh.warning(Warning.of(WarningKind.TEXT_MISSING, "全力以赴抢占目")))
                .isEqualTo("在“全力以赴抢占目”之后的分栏处似乎缺了文字");
        assertThat(en.warning(Warning.of(WarningKind.TEXT_MISSING, "全力以赴抢占目")))
                .isEqualTo("text seems to be missing at a column break after: 全力以赴抢占目");
        var io = new ArchiveException(ArchiveException.Reason.IO, archive, "x",
                new java.nio.file.AccessDeniedException("/data/报刊/archive.db"));
        assertThat(zh.explain(io)).doesNotContain("（系统提示：/data").contains("AccessDeniedException");
    }

    @Test
    void englishCountsOfArticlesTakeTheirPlural() {
        assertThat(en.format("timeline.placeArticles", "济宁市", 1)).isEqualTo("济宁市  · 1 article");
        assertThat(en.format("timeline.placeArticles", "济宁市", 1200)).isEqualTo("济宁市  · 1,200 articles");
        assertThat(en.format("timeline.placeTip", "济宁市", 1)).isEqualTo("1 article in the archive names 济宁市");
        assertThat(en.format("timeline.summaryPlace", 0, 7, 4)).isEqualTo("no dated events, 7 undated, in 4 articles");
        assertThat(zh.format("timeline.summaryPlace", 0, 7, 4)).isEqualTo("0 项有日期的事件，7 项日期不详，见于 4 篇文章");
    }
}
