import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Draws the application icon — the character 报 in white on the newspaper red, with a masthead
 * rule — and writes it in the formats each platform needs: PNGs for Linux, an ICO for Windows,
 * an ICNS for macOS. Run from the project root after a build (it takes the bundled Bold weight
 * from target/classes):
 *
 *   java packaging/icons/MakeIcons.java
 *
 * The outputs are committed; run it again only when the design changes.
 */
public class MakeIcons {
    private static final Color RED = new Color(0xC8, 0x16, 0x1D);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("packaging", "icons");
        Font bold = Font.createFont(Font.TRUETYPE_FONT,
                new File("target/classes/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf"));
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, png(draw(size, bold)));
        }
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            Files.write(dir.resolve("baokan-" + size + ".png"), png.get(size));
        }
        Files.write(dir.resolve("baokan.ico"), ico(png, 16, 24, 32, 48, 64, 128, 256));
        Files.write(dir.resolve("baokan.icns"), icns(png));
    }

    static BufferedImage draw(int size, Font font) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        double inset = size * 0.06;
        double side = size - 2 * inset;
        g.setColor(RED);
        g.fill(new RoundRectangle2D.Double(inset, inset, side, side, side * 0.22, side * 0.22));
        g.setColor(Color.WHITE);
        Font f = font.deriveFont((float) (side * 0.62));
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        String s = "报";
        int w = fm.stringWidth(s);
        double baseline = inset + side * 0.70;
        g.drawString(s, (float) ((size - w) / 2.0), (float) baseline);
        if (size >= 32) {
            g.setStroke(new BasicStroke((float) Math.max(1, side * 0.035)));
            double y = inset + side * 0.82;
            g.drawLine((int) (inset + side * 0.2), (int) y, (int) (inset + side * 0.8), (int) y);
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** An ICO holding PNG images (Windows Vista and later read them). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int s : sizes) {
            total += png.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int s : sizes) {
            byte[] data = png.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(png.get(s));
        }
        return b.array();
    }

    /** An ICNS holding PNG images (macOS 10.7 and later). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(data.length + 8);
            d.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(body.size() + 8);
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
