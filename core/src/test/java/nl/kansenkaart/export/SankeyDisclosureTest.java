package nl.kansenkaart.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.disclosure.DisclosureControl;
import nl.kansenkaart.disclosure.DisclosurePolicy;
import nl.kansenkaart.disclosure.SuppressionLog;
import nl.kansenkaart.model.DataQuality;
import nl.kansenkaart.render.MapText;
import nl.kansenkaart.sankey.NodeKind;
import nl.kansenkaart.sankey.SankeyDiagram;
import nl.kansenkaart.sankey.SankeyLink;
import nl.kansenkaart.sankey.SankeyNode;
import nl.kansenkaart.sankey.SankeyParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workshop flow diagram never shows, nor draws to scale, a band that is one company's figure. */
class SankeyDisclosureTest {

    @TempDir Path dir;

    private static final DataQuality M = DataQuality.MEASURED;

    /**
     * A dairy (one company, {@code oneCompany} t) and three cheese makers (40 t each) → whey → feed;
     * three bakeries (30 t each) → bread → feed.
     */
    private static SankeyDiagram diagram(double oneCompany) {
        List<SankeyNode> nodes = List.of(new SankeyNode("src:zuivel", "Zuivelfabriek", NodeKind.SOURCE),
                new SankeyNode("src:kaas", "Kaasmakers", NodeKind.SOURCE), new SankeyNode("src:bakkerij", "Bakkerijen", NodeKind.SOURCE),
                new SankeyNode("mat:wei", "Wei", NodeKind.MATERIAL), new SankeyNode("mat:brood", "Brood", NodeKind.MATERIAL),
                new SankeyNode("use:voer", "Veevoer", NodeKind.PROCESSING));
        return new SankeyDiagram("Test", "t/jr", nodes, List.of(new SankeyLink("src:zuivel", "mat:wei", oneCompany, "t/jr", M),
                new SankeyLink("src:kaas", "mat:wei", 120, "t/jr", M), new SankeyLink("mat:wei", "use:voer", oneCompany + 120, "t/jr", M),
                new SankeyLink("src:bakkerij", "mat:brood", 90, "t/jr", M), new SankeyLink("mat:brood", "use:voer", 90, "t/jr", M)));
    }

    private static SankeyParts parts(double oneCompany) {
        SankeyParts p = new SankeyParts(1);
        p.add("src:zuivel", "mat:wei", M, 0, "Z", oneCompany);
        p.add("mat:wei", "use:voer", M, 0, "Z", oneCompany);
        for (String c : List.of("C1", "C2", "C3")) {
            p.add("src:kaas", "mat:wei", M, 0, c, 40);
            p.add("mat:wei", "use:voer", M, 0, c, 40);
        }
        for (String b : List.of("B1", "B2", "B3")) {
            p.add("src:bakkerij", "mat:brood", M, 0, b, 30);
            p.add("mat:brood", "use:voer", M, 0, b, 30);
        }
        return p;
    }

    private static SankeyDisclosure.Result disclose(double oneCompany, DisclosurePolicy policy, SuppressionLog log) {
        return SankeyDisclosure.apply(diagram(oneCompany), parts(oneCompany), new DisclosureControl(policy), log, "sankey-test", MapText.dutch());
    }

    @Test
    void aWorkshopSankeyOfAOneCompanyFlowShowsNoValue() throws Exception {
        SuppressionLog log = new SuppressionLog();
        SankeyDisclosure.Result r = disclose(100, DisclosurePolicy.DEFAULT, log);
        SankeyLink dairy = r.diagram().links().stream().filter(l -> l.source().equals("src:zuivel")).findFirst().orElseThrow();
        assertThat(r.withheldBands()).contains(dairy.key());
        // Drawn as wide as the median shown band (the bakeries' 90 t), never at the company's 100 t.
        assertThat(dairy.value()).isEqualTo(90.0);
        assertThat(r.diagram().links()).noneMatch(l -> l.value() == 100.0 || l.value() == 220.0);
        // The cheese makers' whey would pass on its own, but whey passes on what it receives: shown, it
        // and the whey into feed would give the dairy's figure away by subtraction. No amounts at any node they touch.
        assertThat(r.withheldBands()).hasSize(3);
        assertThat(r.nodesWithoutValue()).containsExactlyInAnyOrder("src:zuivel", "src:kaas", "mat:wei", "use:voer");
        assertThat(log.entries()).extracting(SuppressionLog.Entry::reason).containsExactlyInAnyOrder("fewer than 3 companies",
                "withheld with another band of 'Wei', which passes on what it receives",
                "withheld with another band of 'Wei', which passes on what it receives");
        assertThat(log.entries()).extracting(SuppressionLog.Entry::row).contains("zuivel -> Wei (measured)"); // a source is named by its activity (the part after src:)
        // The bakeries' bread is three companies' figure, none dominant: shown to scale with its amount.
        assertThat(r.diagram().links()).filteredOn(l -> l.source().equals("src:bakkerij")).extracting(SankeyLink::value).containsExactly(90.0);

        // The drawing does not depend on the confidential figure at all: 100 t and 5,000 t give the same files.
        for (String ext : List.of("svg", "png")) {
            Path small = dir.resolve("small." + ext), large = dir.resolve("large." + ext);
            write(ext, small, disclose(100, DisclosurePolicy.DEFAULT, new SuppressionLog()));
            write(ext, large, disclose(5_000, DisclosurePolicy.DEFAULT, new SuppressionLog()));
            assertThat(content(large).equals(content(small))).as(ext + " identical").isTrue();
        }
        // ...whereas with the company's consent its figure is drawn to scale.
        Path consented = dir.resolve("consented.svg"), consentedLarge = dir.resolve("consented-large.svg");
        DisclosurePolicy consent = new DisclosurePolicy(3, 0.5, Set.of("Z"), false);
        SankeyDisclosure.Result shown = disclose(100, consent, new SuppressionLog());
        assertThat(shown.withheldBands()).isEmpty();
        assertThat(shown.nodesWithoutValue()).isEmpty();
        write("svg", consented, shown);
        write("svg", consentedLarge, disclose(5_000, consent, new SuppressionLog()));
        assertThat(content(consentedLarge).equals(content(consented))).as("consented figure drawn to scale").isFalse();
    }

    @Test
    void aBandWhosePartsDoNotAddUpIsWithheld() {
        SankeyParts p = parts(100);
        p.add("src:bakkerij", "mat:brood", M, 0, "B4", 500); // the data changed since the diagram was built
        SankeyDisclosure.Result r = SankeyDisclosure.apply(diagram(100), p,
                new DisclosureControl(new DisclosurePolicy(1, 1.0, Set.of(), false)), new SuppressionLog(), "t", MapText.dutch());
        assertThat(r.withheldBands()).contains(new SankeyLink("src:bakkerij", "mat:brood", 90, "t/jr", M).key());
        assertThat(r.withheldBands()).doesNotContain(new SankeyLink("src:kaas", "mat:wei", 120, "t/jr", M).key());
    }

    /** The file's content; SVG without the per-drawing prefix of its clip ids. */
    private static String content(Path file) throws java.io.IOException {
        if (!file.toString().endsWith(".svg")) return java.util.HexFormat.of().formatHex(Files.readAllBytes(file));
        return Files.readString(file).replaceAll("_\\d+clip-", "_clip-");
    }

    private static void write(String ext, Path file, SankeyDisclosure.Result r) {
        var painter = r.painter(MapText.dutch());
        if (ext.equals("svg")) Drawings.svg(file, 900, 500, g -> painter.draw(g, 900, 500));
        else Drawings.png(file, 900, 500, 1.0, g -> painter.draw(g, 900, 500));
    }
}
