package nl.kansenkaart.matching;

import static nl.kansenkaart.matching.KassenEnZadenFixture.KAS_AALSMEER;
import static nl.kansenkaart.matching.KassenEnZadenFixture.RWZI_AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.render.LabelPlacer;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.render.MapViewport;
import nl.kansenkaart.render.MatchLayer;
import nl.kansenkaart.render.ProjectLayers;
import nl.kansenkaart.render.SankeyColours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** The matches as the app reads them back and draws them. */
class StoredMatchesTest {

    @TempDir Path dir;

    @Test
    void storedMatchesReadBackAsStep3MadeThemAndAreDrawnByRLevel() {
        try (ProjectFile p = KassenEnZadenFixture.create(dir.resolve("k.kansenkaart"))) {
            assertThat(StoredMatches.read(p, ScenarioStore.BASE)).as("before step 3").isEmpty();
            assertThat(ProjectLayers.load(p).get(MatchLayer.ID)).isEmpty();
            MatchRun run = Step3.run(p, ScenarioStore.BASE);
            List<StoredMatch> stored = StoredMatches.read(p, ScenarioStore.BASE);
            assertThat(stored).extracting(StoredMatch::matchId).containsExactlyElementsOf(run.matches().stream().map(Match::id).toList());
            for (int i = 0; i < stored.size(); i++) {
                Match m = run.matches().get(i);
                StoredMatch s = stored.get(i);
                assertThat(s.rank()).isEqualTo(i + 1);
                assertThat(s.amount()).isEqualTo(m.amount());
                assertThat(s.rLevel()).isEqualTo(m.rule().rLevel());
                assertThat(s.scale()).isEqualTo(m.scale());
                assertThat(s.approach()).isEqualTo(m.approach());
                assertThat(s.score()).isEqualTo(m.score().total());
                assertThat(s.supplyX()).isCloseTo(m.supply().x(), within(1e-6));
                assertThat(s.demandY()).isCloseTo(m.demand().y(), within(1e-6));
                assertThat(s.explanation()).isEqualTo(m.explanation());
                assertThat(s.explanation(false)).isEqualTo(m.explanationNl());
                assertThat(s.supplyMaterial()).isEqualTo(m.supply().material());
                assertThat(s.demandMaterialName(true)).isEqualTo(nl.kansenkaart.codes.MaterialNames.en(m.demand().material()));
            }

            MatchLayer layer = (MatchLayer) ProjectLayers.load(p).get(MatchLayer.ID).orElseThrow();
            assertThat(layer.title(MapText.dutch())).isEqualTo("Koppelingen (stap 3)");
            assertThat(layer.featureCount()).isEqualTo(stored.size());
            StoredMatch struvite = stored.stream().filter(s -> s.supplyRef().equals(RWZI_AMSTERDAM) && s.demandRef().equals(KAS_AALSMEER)
                    && s.ruleId().equals("struvite_fertiliser")).findFirst().orElseThrow();
            assertThat(struvite.rLevel()).isEqualTo(RLevel.R8);
            // Drawn alone, the struvite line is material-use green half-way along.
            MatchLayer only = new MatchLayer(List.of(struvite));
            Envelope e = only.extentOf(struvite.matchId()).orElseThrow();
            e.expandBy(2000);
            MapViewport vp = MapViewport.fit(e, 300, 300, 0);
            BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 300, 300);
            only.draw(g, vp, new LabelPlacer(300, 300));
            g.dispose();
            int mx = (int) Math.round(vp.toScreenX((struvite.supplyX() + struvite.demandX()) / 2));
            int my = (int) Math.round(vp.toScreenY((struvite.supplyY() + struvite.demandY()) / 2));
            Color mid = new Color(img.getRGB(mx, my));
            Color green = SankeyColours.MATERIAL_USE;
            assertThat(mid.getGreen()).isGreaterThan(mid.getRed());
            assertThat(Math.abs(mid.getGreen() - (int) Math.round(green.getGreen() * 0.85 + 255 * 0.15))).isLessThan(12);
        }
    }
}
