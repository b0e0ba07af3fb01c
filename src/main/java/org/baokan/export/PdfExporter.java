package org.baokan.export;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.baokan.render.BundledFont;
import org.baokan.render.PaperDocument;
import org.baokan.render.PaperRenderer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Articles set for paper as archival PDF: PDF/A-2u with an sRGB output intent, Noto Sans SC
 * embedded as subsets (with ToUnicode, so the text can be extracted and searched), the document
 * info and XMP Dublin Core filled from the selection, and an outline issue → page → article.
 */
public final class PdfExporter {
    /** Font metrics, read once per run of the program: the first export pays for them, later ones do not. */
    private static final FSCacheEx<String, FSCacheValue> METRICS = new FSDefaultCacheStore();
    /** Held, so that the level set on it stays (java.util.logging keeps loggers weakly). */
    private static final Logger QUIET = Logger.getLogger("org.apache.fontbox");

    static {
        XRLog.setLoggingEnabled(false); // it reports every resource it loads on the console
        // FontBox warns on every load that the font's variation-selector cmap (format 14) is ignored
        QUIET.setLevel(Level.SEVERE);
    }

    private PdfExporter() {
    }

    /** Writes the document as PDF/A-2u to the stream. */
    public static void write(PaperDocument d, ResourceBundle text, OutputStream out) throws IOException {
        try (PDDocument doc = render(d, text)) {
            doc.save(out);
        }
    }

    /**
     * The document as PDF/A-2u, ready to save or to print without being parsed again: rendered,
     * saved once (the font subsets and their ToUnicode maps exist only once saved), read back and
     * its ToUnicode maps repaired. The caller closes it.
     */
    public static PDDocument render(PaperDocument d, ResourceBundle text) throws IOException {
        String html = PaperRenderer.render(d, text);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS)
                .useFont(() -> new ByteArrayInputStream(BundledFont.regular()), BundledFont.FAMILY, 400,
                        BaseRendererBuilder.FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(BundledFont.bold()), BundledFont.FAMILY, 700,
                        BaseRendererBuilder.FontStyle.NORMAL, true)
                .withHtmlContent(html, null)
                .withProducer("Baokan Reader (openhtmltopdf, PDFBox)");
        ByteArrayOutputStream rendered = new ByteArrayOutputStream(64 * 1024 + d.articles().size() * 8 * 1024);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            Calendar made = new GregorianCalendar(TimeZone.getDefault());
            renderer.getPdfDocument().getDocumentInformation().setCreationDate(made);
            renderer.layout();
            renderer.createPDFWithoutClosing();
            renderer.getPdfDocument().save(rendered);
        }
        // the font subsets and their ToUnicode maps exist only once saved: repair them in the saved file
        PDDocument doc = Loader.loadPDF(rendered.toByteArray());
        try {
            ToUnicodeRepair.apply(doc, Map.of(BundledFont.REGULAR_NAME, BundledFont.regular(),
                    BundledFont.BOLD_NAME, BundledFont.bold()));
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /**
     * Writes the document to a file, whole or not at all.
     *
     * @param replace whether an existing file may be replaced
     * @param protect files never to write over (the archive)
     */
    public static void export(PaperDocument d, ResourceBundle text, Path target, boolean replace,
                              Collection<Path> protect) throws ExportException {
        OutputFile.write(target, replace, protect, out -> write(d, text, out));
    }
}
