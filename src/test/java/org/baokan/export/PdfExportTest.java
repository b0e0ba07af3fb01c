package org.baokan.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.baokan.model.Article;
import org.baokan.model.ArticleKind;
import org.baokan.model.StoredArticle;
import org.baokan.render.Citation;
import org.baokan.render.PaperDocument;
import org.baokan.render.PaperLayout;
import org.baokan.store.Archive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The exported PDF read back with PDFBox and checked by veraPDF: text, fonts, outline, metadata, PDF/A. */
class PdfExportTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE);
    private static final double MM = 72 / 25.4;

    @TempDir
    static Path dir;
    private static Archive archive;
    private static Selection issue;
    private static byte[] pdf;

    @BeforeAll
    static void export() throws Exception {
        archive = SeedArchive.open(dir.resolve("archive.db"));
        long newest = archive.reader().newestIssue().orElseThrow().id();
        issue = new Selections(archive).issue(newest);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExporter.write(new PaperDocument(issue.name(), issue.articles(), PaperLayout.A4, LocalDate.of(2026, 1, 2)),
                TEXT, out);
        pdf = out.toByteArray();
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    @Test
    void everyArticlesTextIsExtractedExactlyFromItsPages() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDOutlineItem> leaves = leaves(doc);
            assertThat(leaves).hasSize(issue.articles().size());
            for (int i = 0; i < leaves.size(); i++) {
                StoredArticle s = issue.articles().get(i);
                Article a = s.article();
                int from = page(doc, leaves.get(i));
                int to = i + 1 < leaves.size() ? page(doc, leaves.get(i + 1)) : doc.getNumberOfPages();
                assertThat(to).as("each article starts a page").isGreaterThan(from);
                String body = squeeze(bodyText(doc, from, to));
                StringBuilder expected = new StringBuilder();
                a.paragraphs().forEach(expected::append);
                if (a.kind() == ArticleKind.PHOTO && a.byline() != null) {
                    expected.append(a.byline());
                }
                assertThat(body).as("article %s: citation first", a.displayTitle())
                        .startsWith(squeeze("引用" + Citation.gbt7714(s)));
                assertThat(body).as("article %s: the text, whole and alone, ends its pages", a.displayTitle())
                        .endsWith(squeeze(expected.toString()));
                if (a.title() != null) {
                    assertThat(body).contains(squeeze(a.title()));
                }
                if (a.subtitle() != null) {
                    assertThat(body).contains(squeeze("——" + a.subtitle().replaceFirst("^[—\\-－]+", "")));
                }
            }
        }
    }

    @Test
    void theCitationIsExactAndStandsInTheText() throws Exception {
        StoredArticle lead = issue.articles().stream()
                .filter(s -> "定准目标攻山头 跑出发展加速度".equals(s.article().title())).findFirst().orElseThrow();
        // the example of the issue, GB/T 7714-2015 [N]
        assertThat(Citation.gbt7714(lead)).isEqualTo("薛坤. 定准目标攻山头 跑出发展加速度[N]. 济宁高新新闻, 2020-09-11(1).");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("薛坤. 定准目标攻山头 跑出发展加速度[N]. 济宁高新新闻, 2020-09-11(1).");
        }
    }

    @Test
    void pagesCarryHeaderAndPageXOfY() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(n);
            s.setEndPage(n);
            String last = s.getText(doc);
            assertThat(last).contains("第 " + n + " 页，共 " + n + " 页").contains("济宁高新新闻 · 2020年9月11日 · 第1版");
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsWithUnicodeMaps() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f).isInstanceOf(PDType0Font.class);
                    assertThat(f.getName()).matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)");
                    assertThat(f.isEmbedded()).isTrue();
                    assertThat(f.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).isNotNull();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void radicalsThatShareAGlyphAreNotWhatTheTextSays() throws Exception {
        // 高 and the Kangxi radical ⾼ are one glyph in Noto Sans SC; the PDF must say 高
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("济宁高新新闻").doesNotContainPattern("[\\x{2E80}-\\x{2FDF}\\x{F900}-\\x{FAFF}]");
        }
    }

    @Test
    void metadataNamesTheSelectionItsReportersPeopleAndPlaces() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("济宁高新新闻 2020年9月11日");
            assertThat(info.getAuthor()).contains("薛坤").contains("陈曦").contains("曹俐");
            assertThat(info.getSubject()).contains("刘章箭").contains("高新区");
            assertThat(info.getKeywords()).contains("刘章箭");
            assertThat(info.getCreationDate()).isNotNull();

            PDMetadata meta = doc.getDocumentCatalog().getMetadata();
            XMPMetadata xmp = new DomXmpParser().parse(meta.exportXMPMetadata());
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("济宁高新新闻 2020年9月11日");
            assertThat(xmp.getDublinCoreSchema().getCreators()).isNotEmpty();
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("U");
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getDestOutputIntent()).isNotNull();
        }
    }

    @Test
    void theOutlineRunsIssuePageArticle() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDOutlineItem issueItem = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(issueItem.getTitle()).isEqualTo("济宁高新新闻 2020年9月11日");
            PDOutlineItem pageItem = issueItem.getFirstChild();
            assertThat(pageItem.getTitle()).isEqualTo("第1版");
            List<String> titles = new ArrayList<>();
            pageItem.children().forEach(c -> titles.add(c.getTitle()));
            assertThat(titles).containsExactlyElementsOf(
                    issue.articles().stream().map(a -> a.article().displayTitle()).toList());
        }
    }

    @Test
    void veraPdfFindsItPdfA2u() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        PDFAFlavour flavour = PDFAFlavour.fromString("2u");
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage())
                    .distinct().toList();
            assertThat(failed).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    private static List<PDOutlineItem> leaves(PDDocument doc) {
        List<PDOutlineItem> out = new ArrayList<>();
        doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> collect(i, out));
        return out;
    }

    private static void collect(PDOutlineItem item, List<PDOutlineItem> out) {
        if (!item.hasChildren()) {
            out.add(item);
        }
        item.children().forEach(c -> collect(c, out));
    }

    /** The 0-based page an outline item points at. */
    private static int page(PDDocument doc, PDOutlineItem item) throws Exception {
        PDPageDestination d = (PDPageDestination) item.getDestination();
        return doc.getPages().indexOf(d.getPage());
    }

    /** The text inside the margins of pages [from, to): what the header and footer leave. */
    private static String bodyText(PDDocument doc, int from, int to) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int p = from; p < to; p++) {
            PDPage page = doc.getPage(p);
            double w = page.getMediaBox().getWidth();
            double h = page.getMediaBox().getHeight();
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.addRegion("body", new Rectangle2D.Double(0, PaperLayout.A4.topMm() * MM, w,
                    h - (PaperLayout.A4.topMm() + PaperLayout.A4.bottomMm()) * MM));
            s.extractRegions(page);
            b.append(s.getTextForRegion("body"));
        }
        return b.toString();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
