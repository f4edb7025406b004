package nl.kansenkaart.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.clusters.ClusterLevel;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.run.Step1;
import nl.kansenkaart.run.StepsFixtures;
import nl.kansenkaart.steps.AnalysisYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class ClusterLayerTest {

    @TempDir Path dir;

    private static Company company(String ref) {
        return StepsFixtures.companies().stream().filter(c -> c.ref().equals(ref)).findFirst().orElseThrow();
    }

    private static BufferedImage render(LayerStack stack, MapViewport vp) {
        BufferedImage img = new BufferedImage(vp.width(), vp.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new MapRenderer(stack, new RenderOptions(MapText.dutch(), Color.WHITE, false, false, false, false)).draw(g, vp);
        g.dispose();
        return img;
    }

    @Test
    void theClustersOfStep1AreALayerWithTheSelectedOnesColouredAndTheChosenOneOnTop() {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            assertThat(ProjectLayers.load(p).get(ClusterLayer.ID)).as("no layer before step 1").isEmpty();
            new Step1().run(p, new AnalysisYears(List.of(2023)));
            LayerStack stack = ProjectLayers.load(p);
            ClusterLayer clusters = (ClusterLayer) stack.get(ClusterLayer.ID).orElseThrow();
            assertThat(stack.layers().indexOf(clusters)).as("under the companies").isLessThan(stack.layers().indexOf(stack.get("companies").orElseThrow()));
            assertThat(clusters.title(MapText.dutch())).isEqualTo("Clusters (stap 1)");
            assertThat(clusters.shapes()).extracting(ClusterLayer.Shape::level).contains(ClusterLevel.SECTOR, ClusterLevel.DENSITY);
            assertThat(clusters.legend(MapText.dutch())).extracting(LegendEntry::label).contains("Kassen en zaden");

            // Greenhouses GH1-GH3 lie within 1 km of each other: one dense group. A point of it picks the cluster.
            Company gh2 = company("GH2");
            assertThat(clusters.clusterAt(gh2.location().x(), gh2.location().y())).contains("greenhouses");
            assertThat(clusters.clusterAt(0, 300_000)).isEmpty();

            Envelope around = clusters.extentOf("greenhouses").orElseThrow();
            around.expandBy(1500);
            MapViewport vp = MapViewport.fit(around, 400, 400, 0);
            int x = (int) vp.toScreenX(gh2.location().x() + 150), y = (int) vp.toScreenY(gh2.location().y() + 150);
            stack.get("companies").orElseThrow().setVisible(false);
            Color plain = new Color(render(stack, vp).getRGB(x, y));
            Color tint = clusters.colourOf("greenhouses");
            assertThat(plain).isNotEqualTo(Color.WHITE);
            assertThat(distance(plain, tint)).isLessThan(distance(Color.WHITE, tint));
            clusters.setHighlighted("greenhouses");
            Color strong = new Color(render(stack, vp).getRGB(x, y));
            assertThat(distance(strong, tint)).as("the chosen cluster is filled stronger").isLessThan(distance(plain, tint));
            clusters.setVisible(false);
            assertThat(new Color(render(stack, vp).getRGB(x, y))).isNotEqualTo(plain);
        }
    }

    @Test
    void highlightedCompaniesGetADarkRing() {
        try (ProjectFile p = StepsFixtures.create(dir.resolve("f.kansenkaart"))) {
            CompanyLayer companies = (CompanyLayer) ProjectLayers.load(p).get("companies").orElseThrow();
            HighlightLayer h = HighlightLayer.of(companies, Set.of("GH1", "PAPER", "NOT-THERE"));
            assertThat(h.points()).extracting(CompanyPoint::ref).containsExactlyInAnyOrder("GH1", "PAPER");
            Company gh1 = company("GH1");
            Envelope e = new Envelope(gh1.location().x() - 500, gh1.location().x() + 500, gh1.location().y() - 500, gh1.location().y() + 500);
            MapViewport vp = MapViewport.fit(e, 200, 200, 0);
            BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 200);
            h.draw(g, vp, new LabelPlacer(200, 200));
            g.dispose();
            double cx = vp.toScreenX(gh1.location().x()), cy = vp.toScreenY(gh1.location().y());
            int darkest = 255;
            for (int x = (int) cx + 4; x <= (int) cx + 11; x++) darkest = Math.min(darkest, new Color(img.getRGB(x, (int) cy)).getRed());
            assertThat(darkest).as("the ring at %s px from the centre", HighlightLayer.DIAMETER / 2).isLessThan(80);
            assertThat(new Color(img.getRGB((int) cx, (int) cy))).as("the company's own colour stays visible inside").isEqualTo(Color.WHITE);
        }
    }

    private static double distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed(), dg = a.getGreen() - b.getGreen(), db = a.getBlue() - b.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }
}
