package nl.kansenkaart.render;

import static org.assertj.core.api.Assertions.assertThat;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.model.FlowDirection;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import nl.kansenkaart.resources.ClusterMaterialRow;
import nl.kansenkaart.resources.FlowRole;
import nl.kansenkaart.sankey.ClusterSankey;
import nl.kansenkaart.sankey.PlacedNode;
import nl.kansenkaart.sankey.Ribbon;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SankeyPick;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class SankeyPainterTest {

    private static final int W = 1000, H = 520;

    private static ClusterMaterialRow row(FlowRole role, String activity, String material, String method, RLevel r, double t, DataQuality q) {
        return new ClusterMaterialRow("greenhouses", role, FlowDirection.SUPPLY, activity, MaterialKey.parse(material), material, null, null,
                false, method, r, t, QuantityUnit.TONNE, q, 1, 1, "test", "2023");
    }

    private static SankeyDiagram diagram() {
        return ClusterSankey.build("Kassen en zaden", List.of(
                row(FlowRole.RESIDUE, "01.13 Groenten", "eural:020103", "E03", RLevel.R8, 120, DataQuality.MEASURED),
                row(FlowRole.RESIDUE, "01.19 Bloemen", "eural:020103", null, null, 200, DataQuality.ESTIMATED),
                row(FlowRole.RESIDUE, "01.30 Sierteelt", "eural:170904", "G01", RLevel.DISPOSAL, 60, DataQuality.MEASURED)));
    }

    private static BufferedImage paint(SankeyPainter p) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        p.draw(g, W, H);
        g.dispose();
        return img;
    }

    private static Ribbon ribbon(SankeyPainter p, String source, String target) {
        return p.layout().ribbons().stream().filter(r -> r.source().id().equals(source) && r.target().id().equals(target)).findFirst()
                .orElseThrow();
    }

    /** The middle of a band: half-way along, where its edges run at the mean of their two heights. */
    private static int[] middle(Ribbon r) {
        return new int[] {(int) Math.round((r.x0() + r.x1()) / 2), (int) Math.round((r.sourceY() + r.targetY()) / 2 + r.thickness() / 2)};
    }

    private static Color blendOnWhite(Color c, double alpha) {
        return new Color((int) Math.round(c.getRed() * alpha + 255 * (1 - alpha)), (int) Math.round(c.getGreen() * alpha + 255 * (1 - alpha)),
                (int) Math.round(c.getBlue() * alpha + 255 * (1 - alpha)));
    }

    private static boolean near(int rgb, Color expected, int tolerance) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - expected.getRed()) <= tolerance && Math.abs(c.getGreen() - expected.getGreen()) <= tolerance
                && Math.abs(c.getBlue() - expected.getBlue()) <= tolerance;
    }

    @Test
    void nodesAreColouredByWhatTheyAreAndMeasuredBandsAreSolid() {
        SankeyPainter p = new SankeyPainter(diagram(), MapText.dutch());
        BufferedImage img = paint(p);
        PlacedNode r8 = p.layout().node("proc:R8").orElseThrow();
        PlacedNode disposal = p.layout().node("proc:DISPOSAL").orElseThrow();
        PlacedNode source = p.layout().node("src:01.13 Groenten").orElseThrow();
        assertThat(new Color(img.getRGB((int) (r8.x() + 7), (int) r8.centreY()))).isEqualTo(SankeyColours.MATERIAL_USE);
        assertThat(new Color(img.getRGB((int) (disposal.x() + 7), (int) disposal.centreY()))).isEqualTo(SankeyColours.DISPOSAL);
        assertThat(new Color(img.getRGB((int) (source.x() + 7), (int) source.centreY()))).isEqualTo(SankeyColours.SOURCE);

        // The measured band to R8 carries the plant-tissue colour at 55% over white, all along.
        Ribbon measured = ribbon(p, "mat:eural:020103", "proc:R8");
        Color material = new Color(img.getRGB((int) p.layout().node("mat:eural:020103").orElseThrow().x() + 7,
                (int) p.layout().node("mat:eural:020103").orElseThrow().centreY()));
        int[] m = middle(measured);
        assertThat(near(img.getRGB(m[0], m[1]), blendOnWhite(material, 0.55), 2)).isTrue();
        assertThat(near(img.getRGB(m[0] + 20, m[1]), blendOnWhite(material, 0.55), 2)).isTrue();
    }

    @Test
    void estimatedBandsArePaleAndHatchedSoTheyCannotPassForMeasurements() {
        SankeyPainter p = new SankeyPainter(diagram(), MapText.dutch());
        BufferedImage img = paint(p);
        Ribbon estimated = ribbon(p, "mat:eural:020103", "proc:not_known");
        Ribbon measured = ribbon(p, "mat:eural:020103", "proc:R8");
        assertThat(estimated.link().quality()).isEqualTo(DataQuality.ESTIMATED);
        int[] e = middle(estimated), m = middle(measured);
        Set<Integer> colours = new HashSet<>();
        double estimatedBrightness = 0, measuredBrightness = 0;
        for (int dx = -15; dx <= 15; dx++) {
            int rgb = img.getRGB(e[0] + dx, e[1]);
            colours.add(rgb);
            estimatedBrightness += brightness(rgb);
            measuredBrightness += brightness(img.getRGB(m[0] + dx, m[1]));
        }
        assertThat(colours).as("hatch lines alternate with the pale fill").hasSizeGreaterThan(2);
        assertThat(estimatedBrightness).isGreaterThan(measuredBrightness);
    }

    @Test
    void pickingANodeFadesTheBandsThatDoNotTouchIt() {
        SankeyPainter p = new SankeyPainter(diagram(), MapText.dutch());
        BufferedImage before = paint(p);
        Ribbon other = ribbon(p, "mat:eural:170904", "proc:DISPOSAL");
        Ribbon own = ribbon(p, "mat:eural:020103", "proc:R8");
        int[] o = middle(other), w = middle(own);
        p.setPick(SankeyPick.node("mat:eural:020103"));
        BufferedImage after = paint(p);
        assertThat(brightness(after.getRGB(o[0], o[1]))).isGreaterThan(brightness(before.getRGB(o[0], o[1])) + 20);
        assertThat(saturation(after.getRGB(o[0], o[1]))).isLessThan(saturation(before.getRGB(o[0], o[1])));
        assertThat(brightness(after.getRGB(w[0], w[1]))).isLessThanOrEqualTo(brightness(before.getRGB(w[0], w[1])));
    }

    @Test
    void hitTellsNodesFromBands() {
        SankeyPainter p = new SankeyPainter(diagram(), MapText.dutch());
        paint(p);
        PlacedNode r8 = p.layout().node("proc:R8").orElseThrow();
        assertThat(p.hit(r8.x() + 5, r8.centreY())).contains(SankeyPick.node("proc:R8"));
        Ribbon band = ribbon(p, "mat:eural:020103", "proc:R8");
        int[] m = middle(band);
        assertThat(p.hit(m[0], m[1])).contains(SankeyPick.band(band.link()));
        assertThat(p.hit(3, 3)).isEmpty();
    }

    @Test
    void labelsFollowTheLanguageAndTheUnitIsWrittenOut() {
        assertThat(SankeyLabels.of(diagram().nodes().stream().filter(n -> n.id().equals("proc:R8")).findFirst().orElseThrow(),
                MapText.of(Locale.ENGLISH))).isEqualTo("R8 Recycle");
        assertThat(SankeyLabels.of(diagram().nodes().stream().filter(n -> n.id().equals("proc:not_known")).findFirst().orElseThrow(),
                MapText.of(Locale.ENGLISH))).isEqualTo("Processing not known (estimate)");
        assertThat(SankeyLabels.unit(ClusterSankey.UNIT, MapText.of(Locale.ENGLISH))).isEqualTo("t/yr");
        SankeyPainter nl = new SankeyPainter(diagram(), MapText.dutch());
        assertThat(nl.amount(12345.6)).isEqualTo("12.346");
        assertThat(nl.amount(3.25)).isEqualTo("3,2");
        assertThat(new SankeyPainter(diagram(), MapText.of(Locale.ENGLISH)).amount(0.456)).isEqualTo("0.46");
        String cut = SankeyPainter.fit("02 01 03 afval van plantaardige weefsels", LabelStyle.of(java.awt.Font.PLAIN, 12f, Color.BLACK, 0), 80);
        assertThat(cut).endsWith("\u2026").hasSizeLessThan(30);
    }

    @Test
    void theSameDrawingMakesSvgAndPdf() throws Exception {
        SankeyPainter p = new SankeyPainter(diagram(), MapText.dutch());
        SVGGraphics2D svg = new SVGGraphics2D(W, H);
        p.draw(svg, W, H);
        String xml = svg.getSVGElement();
        assertThat(xml).contains("<path").contains("rgb(46,139,87)"); // the R8 bar, material use green
        assertThat(xml).contains("rgb(192,57,43)"); // disposal red

        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, W, H);
            p.draw(g, W, H);
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(g.getXFormObject());
            }
            doc.save(out);
            assertThat(out.size()).isGreaterThan(2_000);
        }
    }

    @Test
    void anEmptyDiagramSaysSoInsteadOfDrawingNothing() {
        SankeyPainter p = new SankeyPainter(ClusterSankey.build("Leeg", List.of()), MapText.dutch());
        BufferedImage img = paint(p);
        assertThat(p.layout()).isNull();
        int dark = 0;
        for (int x = W / 4; x < 3 * W / 4; x++) if (brightness(img.getRGB(x, H / 2 - 4)) < 160) dark++;
        assertThat(dark).as("the message is written across the middle").isGreaterThan(10);
    }

    private static double brightness(int rgb) {
        Color c = new Color(rgb);
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3.0;
    }

    private static double saturation(int rgb) {
        Color c = new Color(rgb);
        return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null)[1];
    }
}
