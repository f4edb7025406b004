package nl.kansenkaart.render;

import static org.assertj.core.api.Assertions.assertThat;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.kansenkaart.geo.DutchBoundaries;
import nl.kansenkaart.model.Area;
import nl.kansenkaart.model.LocationPrecision;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.project.Tables;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class MapRendererTest {

    private static final Color FILL = new Color(0xFF0000);
    private static final Color OUTLINE = new Color(0x0000FF);

    @TempDir static Path dir;
    private static LayerStack project;

    @BeforeAll
    static void loadProject() {
        try (ProjectFile p = ProjectFile.open(TestMaps.noordHollandWithCompanies(dir))) {
            project = ProjectLayers.load(p);
        }
    }

    private static Area amsterdam() {
        return DutchBoundaries.get().municipalities().stream().filter(a -> a.code().equals("GM0363")).findFirst().orElseThrow();
    }

    private static BufferedImage render(LayerStack stack, MapViewport vp, RenderOptions options) {
        BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new MapRenderer(stack, options).draw(g, vp);
        g.dispose();
        return img;
    }

    private static RenderOptions bare() {
        return new RenderOptions(MapText.dutch(), Color.WHITE, false, false, false, false);
    }

    private static Color at(BufferedImage img, double x, double y) {
        return new Color(img.getRGB((int) Math.floor(x), (int) Math.floor(y)));
    }

    @Test
    void fillsTheAreaAndDrawsItsOutlineWhereTheyBelong() {
        PolygonFeature a = PolygonFeature.of(amsterdam());
        LayerStack stack = new LayerStack(List.of(new PolygonLayer("t", "layer.municipalities", List.of(a),
                new PolygonStyle(FILL, OUTLINE, 2f, null), null)));
        MapViewport vp = MapViewport.fit(a.envelope(), 600, 500, 40);
        BufferedImage img = render(stack, vp, bare());

        // The label anchor lies deep inside Amsterdam: fill colour.
        assertThat(at(img, vp.toScreenX(a.labelX()), vp.toScreenY(a.labelY()))).isEqualTo(FILL);
        // A corner of the surface lies outside the municipality: background.
        assertThat(at(img, 2, 2)).isEqualTo(Color.WHITE);
        // The westernmost vertex of the boundary carries the outline colour.
        Coordinate west = null;
        for (Coordinate c : amsterdam().geometry().getCoordinates()) if (west == null || c.x < west.x) west = c;
        double sx = vp.toScreenX(west.x), sy = vp.toScreenY(west.y);
        assertThat(at(img, sx, sy).getBlue()).isGreaterThan(150);
        assertThat(at(img, sx, sy).getRed()).isLessThan(100);
        // 25 pixels west of it is outside: background again.
        assertThat(at(img, sx - 25, sy)).isEqualTo(Color.WHITE);
    }

    @Test
    void companiesAreColouredBySectionAndPc4PointsAreHollow() {
        MapViewport vp = MapViewport.fit(project.regionExtent(), 900, 1000, 20);
        BufferedImage img = render(project, vp, bare());

        double mx = vp.toScreenX(TestMaps.METAL.location().x()), my = vp.toScreenY(TestMaps.METAL.location().y());
        assertThat(at(img, mx, my)).isEqualTo(SbiPalette.of("C"));

        // The PC4 grower is a ring in the agriculture colour with the map showing through in its middle.
        double gx = vp.toScreenX(TestMaps.GROWER.location().x()), gy = vp.toScreenY(TestMaps.GROWER.location().y());
        assertThat(at(img, gx, gy)).isNotEqualTo(SbiPalette.of("A"));
        assertThat(at(img, gx, gy)).isEqualTo(new Color(MapStyles.MUNICIPALITIES.fill().getRGB()));
        boolean ringFound = false;
        for (int dx = -4; dx <= 4; dx++) ringFound |= at(img, gx + dx, gy).equals(SbiPalette.of("A"));
        assertThat(ringFound).as("ring of the PC4 point").isTrue();
    }

    @Test
    void hiddenLayersAreNotDrawn() {
        MapViewport vp = MapViewport.fit(project.regionExtent(), 900, 1000, 20);
        MapLayer companies = project.get(Tables.COMPANIES).orElseThrow();
        double mx = vp.toScreenX(TestMaps.METAL.location().x()), my = vp.toScreenY(TestMaps.METAL.location().y());
        try {
            companies.setVisible(false);
            assertThat(at(render(project, vp, bare()), mx, my)).isNotEqualTo(SbiPalette.of("C"));
        } finally {
            companies.setVisible(true);
        }
    }

    @Test
    void projectLayersHoldTheRegionAndLeaveOutEmptyTables() {
        assertThat(project.layers()).extracting(MapLayer::id).containsExactly(ProjectLayers.BASEMAP, Tables.PROVINCES,
                Tables.MUNICIPALITIES, Tables.STUDY_REGION, Tables.COMPANIES);
        assertThat(project.get(Tables.MUNICIPALITIES).orElseThrow().featureCount()).isEqualTo(44);
        assertThat(project.get(ProjectLayers.BASEMAP).orElseThrow().featureCount()).isEqualTo(12);
        CompanyLayer companies = (CompanyLayer) project.get(Tables.COMPANIES).orElseThrow();
        assertThat(companies.featureCount()).isEqualTo(5);
        assertThat(companies.points()).hasSize(4);
        assertThat(companies.precisionCounts()).containsEntry(LocationPrecision.ADDRESS, 2).containsEntry(LocationPrecision.PC4, 1)
                .containsEntry(LocationPrecision.COORDINATES, 1).containsEntry(LocationPrecision.NOT_LOCATED, 1);
        assertThat(project.get(Tables.MUNICIPALITIES).orElseThrow().attribution()).contains("CBS");
        // The region is Noord-Holland, not the whole country of the basemap.
        assertThat(project.regionExtent().getWidth()).isBetween(50_000.0, 80_000.0);
    }

    @Test
    void municipalityLabelsAreShownWithoutOverlap() {
        MapViewport vp = MapViewport.fit(project.regionExtent(), 1100, 1000, 20);
        LabelPlacer labels = new LabelPlacer(vp.width(), vp.height());
        BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        project.get(Tables.MUNICIPALITIES).orElseThrow().draw(g, vp, labels);
        labels.paint(g);
        assertThat(labels.placedTexts()).contains("Amsterdam", "Hollands Kroon", "Texel");
        // Small municipalities whose names do not fit are left out rather than cluttering the map.
        assertThat(labels.placedTexts().size()).isBetween(15, 43);
    }

    @Test
    void overlappingLabelsGiveWayToTheMoreImportantOne() {
        LabelPlacer labels = new LabelPlacer(400, 200);
        LabelStyle low = LabelStyle.of(Font.PLAIN, 12f, Color.BLACK, 1);
        LabelStyle high = LabelStyle.of(Font.PLAIN, 12f, Color.BLACK, 5);
        labels.addCentred("Onderliggend", 200, 100, 1000, low);
        labels.addCentred("Belangrijk", 205, 102, 1000, high);
        labels.addCentred("Te breed voor dit gebied", 200, 40, 20, high);
        labels.addCentred("Buiten beeld", 395, 100, 1000, high);
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        labels.paint(img.createGraphics());
        assertThat(labels.placedTexts()).containsExactly("Belangrijk");
    }

    @Test
    void pointLabelsKeepClearOfOtherSymbolsAndReservedAreas() {
        LabelStyle style = LabelStyle.of(Font.PLAIN, 12f, Color.BLACK, 1);
        BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        LabelPlacer labels = new LabelPlacer(400, 200);
        // A neighbour 15 px to the right blocks the preferred place: the label goes to the left.
        labels.addObstacle(new Rectangle2D.Double(211.5, 96.5, 7, 7));
        labels.addObstacle(new Rectangle2D.Double(196.5, 96.5, 7, 7));
        labels.addBesidePoint("Kwekerij", 200, 100, 5.5, style);
        // The scale bar's corner is reserved: nothing goes there.
        labels.reserve(new Rectangle2D.Double(0, 150, 150, 50));
        labels.addCentred("Onder de schaalstok", 60, 175, 1000, style);
        labels.paint(img.createGraphics());
        assertThat(labels.placedTexts()).containsExactly("Kwekerij");
        // The left position: text pixels left of the point, none right of the neighbour.
        int leftInk = 0, rightInk = 0;
        for (int y = 90; y < 110; y++) {
            for (int x = 120; x < 195; x++) if (img.getRGB(x, y) != Color.BLACK.getRGB()) leftInk++;
            for (int x = 222; x < 300; x++) if (img.getRGB(x, y) != Color.BLACK.getRGB()) rightInk++;
        }
        assertThat(leftInk).isGreaterThan(20);
        assertThat(rightInk).isZero();
    }

    @Test
    void companyNamesAppearOnlyWhenZoomedIn() {
        CompanyLayer companies = (CompanyLayer) project.get(Tables.COMPANIES).orElseThrow();
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        LabelPlacer far = new LabelPlacer(800, 600);
        companies.draw(img.createGraphics(), MapViewport.fit(project.regionExtent(), 800, 600, 0), far);
        far.paint(img.createGraphics());
        assertThat(far.placedTexts()).isEmpty();
        LabelPlacer near = new LabelPlacer(800, 600);
        companies.draw(img.createGraphics(), new MapViewport(114_900, 490_300, 4, 800, 600), near);
        near.paint(img.createGraphics());
        assertThat(near.placedTexts()).containsExactly("Metaalbewerking Westpoort");
    }

    @Test
    void legendNamesTheSectionsAndTheLocationPrecision() {
        List<LegendEntry> nl = project.get(Tables.COMPANIES).orElseThrow().legend(MapText.dutch());
        assertThat(nl).extracting(LegendEntry::label).containsExactly("A  Landbouw, bosbouw en visserij", "C  Industrie",
                "E  Water, afval en sanering", "F  Bouwnijverheid", "op adres of coördinaten", "op postcode (PC4-centroïde)");
        List<LegendEntry> en = project.get(Tables.COMPANIES).orElseThrow().legend(MapText.of(Locale.ENGLISH));
        assertThat(en.get(1).label()).isEqualTo("C  Manufacturing");

        MapViewport vp = MapViewport.fit(project.regionExtent(), 1000, 800, 20);
        BufferedImage img = new BufferedImage(1000, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 1000, 800);
        Rectangle2D box = LegendPainter.paint(g, project, MapText.dutch(), 990, 10);
        assertThat(box).isNotNull();
        assertThat(box.getMaxX()).isEqualTo(990.0);
        // The legend's box is painted (light) and holds the manufacturing swatch somewhere.
        assertThat(at(img, box.getCenterX(), box.getMaxY() - 3).getRed()).isGreaterThan(200);
        boolean swatch = false;
        for (int y = (int) box.getMinY(); y < box.getMaxY(); y++)
            for (int x = (int) box.getMinX(); x < box.getMinX() + 40; x++) swatch |= at(img, x, y).equals(SbiPalette.of("C"));
        assertThat(swatch).isTrue();
        assertThat(vp.width()).isEqualTo(1000);
    }

    @Test
    void subPixelDetailIsDropped() {
        // A detailed boundary: a circle of 1 km radius with 10,000 vertices (one every 63 cm).
        int n = 10_000;
        double[] ring = new double[2 * n + 2];
        for (int i = 0; i <= n; i++) {
            ring[2 * i] = 121_000 + 1_000 * Math.cos(2 * Math.PI * i / n);
            ring[2 * i + 1] = 487_000 + 1_000 * Math.sin(2 * Math.PI * i / n);
        }
        // At 10 m per pixel the circle is 628 pixels round: about two vertices per pixel remain.
        int far = ScreenPaths.vertexCount(ScreenPaths.polygon(List.of(ring), new MapViewport(121_000, 487_000, 10, 800, 800)));
        assertThat(far).isBetween(600, 1_400);
        // Zoomed in to 10 cm per pixel every vertex counts.
        int near = ScreenPaths.vertexCount(ScreenPaths.polygon(List.of(ring), new MapViewport(121_000, 487_000, 0.1, 800, 800)));
        assertThat(near).isGreaterThanOrEqualTo(n);
        // An area smaller than a pixel is not drawn at all.
        assertThat(ScreenPaths.polygon(List.of(new double[] {0, 0, 10, 0, 10, 10, 0, 0}), new MapViewport(0, 0, 100, 50, 50))).isNull();
        // A real municipality at the farthest zoom is still a few pixels: drawn.
        assertThat(ScreenPaths.polygon(PolygonFeature.of(amsterdam()).rings(),
                new MapViewport(121_000, 487_000, MapViewport.MAX_METRES_PER_PIXEL, 100, 100))).isNotNull();
    }

    @Test
    void theSameDrawingServesSvg() {
        MapViewport vp = MapViewport.fit(project.regionExtent(), 800, 900, 20);
        SVGGraphics2D svg = new SVGGraphics2D(800, 900);
        new MapRenderer(project, RenderOptions.print(MapText.dutch())).draw(svg, vp);
        String doc = svg.getSVGDocument();
        assertThat(doc).contains("<path").contains("rgb(31,95,173)"); // manufacturing blue
        assertThat(doc.length()).isGreaterThan(10_000);
    }

    @Test
    void theSameDrawingServesPdf() throws Exception {
        MapViewport vp = MapViewport.fit(project.regionExtent(), 800, 900, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(
                    new PDRectangle(vp.width(), vp.height()));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, vp.width(), vp.height());
            new MapRenderer(project, RenderOptions.print(MapText.dutch())).draw(g, vp);
            g.dispose();
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.drawForm(g.getXFormObject());
            }
            doc.save(out);
        }
        // Rendered back to pixels, the PDF shows the manufacturing point where the screen does.
        try (var doc = Loader.loadPDF(out.toByteArray())) {
            BufferedImage img = new PDFRenderer(doc).renderImage(0, 1f);
            double mx = vp.toScreenX(TestMaps.METAL.location().x()), my = vp.toScreenY(TestMaps.METAL.location().y());
            Color c = at(img, mx, my);
            Color blue = SbiPalette.of("C");
            assertThat(Math.abs(c.getRed() - blue.getRed()) + Math.abs(c.getGreen() - blue.getGreen()) + Math.abs(c.getBlue() - blue.getBlue()))
                    .isLessThan(30);
        }
    }

    @Test
    void decorationsAppearOnScreenMaps() {
        MapViewport vp = MapViewport.fit(project.regionExtent(), 800, 700, 20);
        BufferedImage img = render(project, vp, RenderOptions.screen(MapText.dutch()));
        // The scale bar's first (dark) segment sits bottom-left.
        assertThat(at(img, 20, 700 - 16).getRed()).isLessThan(60);
        // The credit line for the CBS boundaries sits bottom-right: dark text pixels in that strip.
        int dark = 0;
        for (int x = 400; x < 740; x++) for (int y = 680; y < 697; y++) if (at(img, x, y).getRed() < 120) dark++;
        assertThat(dark).isGreaterThan(50);
    }
}
