package nl.kansenkaart.export;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.render.MapRenderer;
import nl.kansenkaart.render.MapViewport;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/** The map as PNG, SVG and PDF, each drawn by the same {@link MapRenderer#draw}. */
public final class MapImages {

    private MapImages() {}

    public static void png(Path file, MapRenderer renderer, MapViewport vp, double scale) {
        int w = (int) Math.round(vp.width() * scale), h = (int) Math.round(vp.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            renderer.draw(g, vp);
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new KansenkaartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static void svg(Path file, MapRenderer renderer, MapViewport vp) {
        SVGGraphics2D g = new SVGGraphics2D(vp.width(), vp.height());
        renderer.draw(g, vp);
        try {
            SVGUtils.writeToSVG(file.toFile(), g.getSVGElement());
        } catch (IOException e) {
            throw new KansenkaartException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** One page the size of the map (1 px = 1 pt); labels are glyph outlines, so no fonts need embedding. */
    public static void pdf(Path file, MapRenderer renderer, MapViewport vp) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(vp.width(), vp.height()));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, vp.width(), vp.height());
            try {
                renderer.draw(g, vp);
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
