package org.baokan.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.Orientation;
import org.apache.pdfbox.printing.PDFPageable;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.PageRanges;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints the paper rendering of articles: the same PDF pages the preview shows and the export
 * writes (header, citation, "page X of Y"), drawn by PDFBox onto the system's print job, which
 * on Linux goes to CUPS through {@code lpr}.
 */
public final class PdfPrinter {
    private PdfPrinter() {
    }

    /** Whether the system has a printer at all. */
    public static boolean hasPrinter() {
        return PrintServiceLookup.lookupDefaultPrintService() != null
                || PrintServiceLookup.lookupPrintServices(null, null).length > 0;
    }

    /** The printer of that name, or the default one when the name is null. */
    static Optional<PrintService> service(String name) {
        if (name == null) {
            return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
        }
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equals(name)).findFirst();
    }

    /**
     * Sends the PDF to the printer and returns when the system has taken the job. The document
     * stays open; the caller closes it.
     *
     * @param doc the document as {@link PdfExporter#render} made it for the request's sheet
     */
    public static void print(PDDocument doc, PrintRequest request) throws ExportException {
        PrintService service = service(request.printer()).orElseThrow(() -> request.printer() == null
                ? new ExportException(ExportException.Kind.NO_PRINTER)
                : new ExportException(ExportException.Kind.PRINTER_UNAVAILABLE, request.printer()));
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(request.jobName());
            job.setPageable(new PDFPageable(doc, Orientation.AUTO, false, 0, true));
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new Copies(request.copies()));
            attributes.add(new JobName(request.jobName(), Locale.getDefault()));
            int pages = doc.getNumberOfPages();
            if (request.fromPage() > 0 && request.fromPage() <= pages) {
                int to = request.toPage() == 0 ? pages : Math.min(pages, request.toPage());
                attributes.add(new PageRanges(request.fromPage(), to));
            }
            job.print(attributes);
        } catch (PrinterException e) {
            throw new ExportException(e, ExportException.Kind.PRINTER_REFUSED, service.getName(), ExportException.why(e));
        }
    }
}
