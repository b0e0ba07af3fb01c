package org.baokan.export;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Makes the embedded fonts' ToUnicode maps give the characters that were set.
 *
 * <p>In Noto Sans SC one glyph serves several code points: 高 (U+9AD8) and the Kangxi radical ⾼
 * (U+2F7C), 民 and the radical ⺠ (U+2EA0), 車 and the compatibility ideograph 車 (U+F902). PDFBox
 * writes the lowest of them into the ToUnicode map, so copying or extracting 高新区 from the PDF
 * gave ⾼新区. This repair looks each glyph up in the font's own cmap and, where the map points at
 * a radical or a compatibility ideograph, puts the unified ideograph that shares the glyph instead.
 * The PDF's text then is the article's text, for copying, searching and PDF/A's Unicode rule.
 * Likewise the two-em dash glyph the renderer sets for "——" is given back as two em dashes.
 */
final class ToUnicodeRepair {
    private static final Map<String, CmapLookup> LOOKUPS = new java.util.concurrent.ConcurrentHashMap<>();
    /** The six capitals and the plus before a subset's PostScript name ({@code ABCDEF+NotoSansSC-Regular}). */
    private static final Pattern SUBSET_PREFIX = Pattern.compile("^[A-Z]{6}\\+");

    private ToUnicodeRepair() {
    }

    /**
     * Repairs every Type 0 font of the saved document that is one of the given fonts (by
     * PostScript name). It must run on the saved file: PDFBox builds the subsets and their maps
     * while saving. Fonts are read as plain dictionaries, never loaded, so nothing goes looking
     * for system fonts.
     */
    static void apply(PDDocument doc, Map<String, byte[]> fontsByName) throws IOException {
        Set<COSStream> done = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null || !(resources.getCOSObject().getDictionaryObject(COSName.FONT) instanceof COSDictionary fonts)) {
                continue;
            }
            for (COSName name : fonts.keySet()) {
                if (!(fonts.getDictionaryObject(name) instanceof COSDictionary font)
                        || !COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))
                        || !(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream stream)
                        || !done.add(stream)) {
                    continue;
                }
                String base = font.getNameAsString(COSName.BASE_FONT);
                String fontName = base == null ? null : SUBSET_PREFIX.matcher(base).replaceFirst("");
                byte[] ttf = fontName == null ? null : fontsByName.get(fontName);
                if (ttf != null) {
                    repair(stream, lookup(fontName, ttf));
                }
            }
        }
    }

    private static CmapLookup lookup(String name, byte[] ttf) {
        return LOOKUPS.computeIfAbsent(name, n -> {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
                return font.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void repair(COSStream stream, CmapLookup fontCmap) throws IOException {
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
        TreeMap<Integer, String> map = new TreeMap<>();
        boolean changed = false;
        for (int cid = 0; cid <= 0xFFFF; cid++) {
            String u = cmap.toUnicode(cid);
            if (u == null) {
                continue;
            }
            String better = preferred(u, fontCmap.getCharCodes(cid));
            changed |= !better.equals(u);
            map.put(cid, better);
        }
        if (changed) {
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(write(map).getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    /** The unified ideograph sharing the glyph, when the map gives a radical or compatibility form. */
    static String preferred(String u, List<Integer> sameGlyph) {
        // "——" before a subtitle is set as the font's two-em dash glyph: the text says two em dashes
        if (u.equals("\u2E3A")) {
            return "\u2014\u2014";
        }
        if (u.equals("\u2E3B")) {
            return "\u2014\u2014\u2014";
        }
        if (u.codePointCount(0, u.length()) != 1 || !secondary(u.codePointAt(0)) || sameGlyph == null) {
            return u;
        }
        for (int cp : sameGlyph) {
            if (unified(cp)) {
                return new String(Character.toChars(cp));
            }
        }
        return u;
    }

    /** Radicals and compatibility ideographs: never what a newspaper's text means when a unified form shares the glyph. */
    static boolean secondary(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF // CJK Radicals Supplement, Kangxi Radicals
                || cp >= 0xF900 && cp <= 0xFAFF // CJK Compatibility Ideographs
                || cp >= 0x2F800 && cp <= 0x2FA1F; // CJK Compatibility Ideographs Supplement
    }

    static boolean unified(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && !secondary(cp)
                && Character.isIdeographic(cp);
    }

    /** A ToUnicode CMap of single-code mappings, in blocks of at most 100 as the CMap format asks. */
    private static String write(TreeMap<Integer, String> map) {
        StringBuilder b = new StringBuilder(map.size() * 16 + 512);
        b.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = List.copyOf(map.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(i, Math.min(entries.size(), i + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                b.append('<').append(String.format("%04X", e.getKey())).append("> <");
                for (char c : e.getValue().toCharArray()) {
                    b.append(String.format("%04X", (int) c));
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString();
    }
}
