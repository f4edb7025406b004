package nl.kansenkaart.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import nl.kansenkaart.KansenkaartException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * One Java2D drawing (a map, a flow diagram) written as PNG, SVG or PDF: the same {@code draw} call
 * on three kinds of Graphics2D, so the three files show the same thing.
 */
public final class Drawings {

    private Drawings() {}

    /** @param scale pixels per drawing unit (2 for a sharp image on a projector) */
    public static void png(Path file, int width, int height, double scale, Consumer<Graphics2D> draw) {
        int w = (int) Math.round(width * scale), h = (int) Math.round(height * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            draw.accept(g);
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new KansenkaartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static void svg(Path file, int width, int height, Consumer<Graphics2D> draw) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        draw.accept(g);
        try {
            SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
        } catch (IOException e) {
            throw new KansenkaartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** One page the size of the drawing (1 px = 1 pt); labels are glyph outlines, so no fonts need embedding. */
    public static void pdf(Path file, int width, int height, Consumer<Graphics2D> draw) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, width, height);
            try {
                draw.accept(g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(g.getXFormObject());
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            doc.save(file.toFile());
        } catch (IOException e) {
            throw new KansenkaartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
