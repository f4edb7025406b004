package nl.kansenkaart.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.codes.Eural;
import nl.kansenkaart.codes.EuralList;
import nl.kansenkaart.codes.MaterialClass;
import nl.kansenkaart.codes.MaterialClassification;
import nl.kansenkaart.codes.RLevel;
import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.MaterialKey;
import nl.kansenkaart.model.QuantityUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTableTest {

    private static final Path ICER_EXCLUDED =
            Path.of("/work/shared/data/icer_province_lma_derived/icer_excluded_eural_verwerking_combinations.csv");

    @TempDir Path dir;

    @Test
    void defaultRulesAvoidEveryEuralMethodCombinationTheIcerListJudgesImplausible() throws Exception {
        Set<String> excluded = new HashSet<>();
        List<String> lines = Files.readAllLines(ICER_EXCLUDED, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 4);
            if (f.length >= 3) excluded.add(f[1].trim() + "|" + f[2].trim());
        }
        assertThat(excluded).hasSizeGreaterThan(900);
        RuleTable rules = RuleTable.defaults();
        int checked = 0;
        for (CompatibilityRule r : rules.rules()) {
            if (r.lmaMethod() == null) continue;
            for (Eural e : EuralList.get().all()) {
                MaterialClass c = MaterialClassification.get().ofEural(e.code());
                if (!r.supply().matches(MaterialKey.eural(e.code()), c.group(), c.state())) continue;
                checked++;
                assertThat(excluded).as("rule %s proposes %s for %s", r.id(), r.lmaMethod(), e.display())
                        .doesNotContain(e.code() + "|" + r.lmaMethod());
            }
        }
        assertThat(checked).isGreaterThan(80);
    }

    @Test
    void defaultRulesCoverTheKassenEnZadenFlowsAndAllowHazardousOnlyForLicensedTreatment() {
        RuleTable rules = RuleTable.defaults();
        assertThat(rules.size()).isGreaterThan(25);
        assertThat(rule(rules, "struvite_fertiliser").rLevel()).isEqualTo(RLevel.R8);
        assertThat(rule(rules, "residual_heat_greenhouse").demand().toString()).isEqualTo("resource:heat");
        assertThat(rule(rules, "co2_greenhouse").supply().toString()).isEqualTo("resource:co2");
        assertThat(rule(rules, "plant_residue_fibre").demand().toString()).isEqualTo("resource:fibre");
        assertThat(rules.rules()).filteredOn(CompatibilityRule::hazardousAllowed).extracting(CompatibilityRule::id)
                .containsExactlyInAnyOrder("contaminated_soil_cleaning", "tar_asphalt_cleaning", "battery_recycling", "oil_rerefining");
        // Every rule that allows hazardous material names hazardous codes one by one, so no broad
        // prefix lets unexpected hazardous wastes through.
        for (CompatibilityRule r : rules.rules()) {
            if (!r.hazardousAllowed()) continue;
            assertThat(r.supply().toString()).doesNotContain("*").doesNotContain("group:").doesNotContain("any");
            assertThat(r.supply().namedKeys()).allSatisfy(k -> assertThat(EuralList.get().find(k.code()).orElseThrow().hazardous()).isTrue());
        }
        for (CompatibilityRule r : rules.rules()) assertThat(r.rationale()).as(r.id()).hasSizeGreaterThan(30);
    }

    @Test
    void transportClassesFollowTheMethodBioticShortInorganicLong() {
        TransportClassTable t = TransportClassTable.defaults();
        TransportClass struvite = classify(t, "resource:struvite", QuantityUnit.TONNE);
        assertThat(struvite.id()).isEqualTo("struvite");
        assertThat(struvite.scale()).isEqualTo(ScaleLevel.NATIONAL);
        assertThat(struvite.valueEur()).isEqualTo(346.0);
        assertThat(classify(t, "resource:residual_heat", QuantityUnit.GJ).scale()).isEqualTo(ScaleLevel.LOCAL);
        assertThat(classify(t, "eural:020103", QuantityUnit.TONNE).id()).isEqualTo("plant_residue");
        assertThat(classify(t, "eural:170101", QuantityUnit.TONNE).id()).isEqualTo("construction_minerals");
        assertThat(classify(t, "eural:170401", QuantityUnit.TONNE).id()).isEqualTo("metals");
        assertThat(classify(t, "eural:170405", QuantityUnit.TONNE).id()).isEqualTo("ferrous");
        assertThat(classify(t, "eural:170203", QuantityUnit.TONNE).id()).isEqualTo("plastics");
        assertThat(classify(t, "eural:200301", QuantityUnit.TONNE).id()).isEqualTo("mixed");
        for (TransportClass c : t.classes()) {
            String m = c.material().toString();
            if (m.startsWith("group:BIOMASS")) assertThat(c.scale()).as(c.id()).isEqualTo(ScaleLevel.LOCAL);
            if (m.startsWith("group:METALS")) assertThat(c.scale().compareTo(ScaleLevel.NATIONAL)).as(c.id()).isGreaterThanOrEqualTo(0);
        }
        double biomassHaul = classify(t, "eural:020304", QuantityUnit.TONNE).maxHaulKm();
        double metalsHaul = classify(t, "eural:170402", QuantityUnit.TONNE).maxHaulKm();
        assertThat(biomassHaul).isLessThan(metalsHaul);
        // every shipped class gives a source or says it is an assumption
        for (TransportClass c : t.classes()) assertThat(c.source()).as(c.id()).isNotBlank();
    }

    private static TransportClass classify(TransportClassTable t, String key, QuantityUnit unit) {
        MaterialKey k = MaterialKey.parse(key);
        MaterialClass c = MaterialClassification.get().of(k);
        return t.classify(k, c.group(), c.state(), unit);
    }

    private static CompatibilityRule rule(RuleTable t, String id) {
        return t.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void rulesAndClassesSurviveACsvRoundTrip() throws Exception {
        RuleTable rules = RuleTable.defaults();
        StringWriter w = new StringWriter();
        rules.write(w);
        Path f = dir.resolve("rules.csv");
        Files.writeString(f, w.toString());
        assertThat(RuleTable.read(f).rules()).isEqualTo(rules.rules());

        TransportClassTable classes = TransportClassTable.defaults();
        StringWriter w2 = new StringWriter();
        classes.write(w2);
        Path g = dir.resolve("classes.csv");
        Files.writeString(g, w2.toString());
        assertThat(TransportClassTable.read(g).classes()).isEqualTo(classes.classes());
    }

    @Test
    void anExcelStyleRuleFileIsReadAndABadRowIsReportedWithLineAndColumn() throws Exception {
        Path ok = dir.resolve("excel.csv");
        String header = "rule_id;supply;demand;r_level;hazardous_allowed;lma_method;substitution;quality_note;rationale\r\n";
        String row = "gft_compost;eural:200108 eural:2002*;resource:compost;R8;nee;e03;0,4;\"keur; compost\";Groente-, fruit- en tuinafval: één stroom\r\n";
        Files.write(ok, ("\uFEFF" + header + row).getBytes(StandardCharsets.UTF_8));
        Path cp1252 = dir.resolve("excel-ansi.csv");
        Files.write(cp1252, (header + row).getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(RuleTable.read(cp1252).rules().get(0).rationale()).isEqualTo("Groente-, fruit- en tuinafval: één stroom");
        RuleTable t = RuleTable.read(ok);
        assertThat(t.rules()).hasSize(1);
        CompatibilityRule r = t.rules().get(0);
        assertThat(r.lmaMethod()).isEqualTo("E03");
        assertThat(r.substitution()).isEqualTo(0.4);
        assertThat(r.qualityNote()).isEqualTo("keur; compost");
        assertThat(r.supply().matches(MaterialKey.eural("200201"), MaterialGroup.BIOMASS, null)).isTrue();

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "# my rules\n" + header + "a;resource:co2;resource:co2;R8;false;;1;;\n"
                + "b;resource:co2;resource:co2;R11;false;;1;;\n" + "c;eural:999999;resource:co2;R8;false;;1;;\n");
        assertThatThrownBy(() -> RuleTable.read(bad)).isInstanceOf(KansenkaartException.class)
                .hasMessage("bad.csv: 2 bad rows, nothing imported; first: line 4, column r_level: 'R11' is not an R-ladder level (R0..R9)");

        Path missing = dir.resolve("missing.csv");
        Files.writeString(missing, "rule_id,supply,demand\nx,resource:co2,resource:co2\n");
        assertThatThrownBy(() -> RuleTable.read(missing)).hasMessageContaining("missing column(s) r_level");
    }

    @Test
    void selectorsPreferTheMostSpecificAndHonourExclusions() {
        MaterialSelector s = MaterialSelector.parse("eural:17* eural:1701* eural:170101 !eural:170106");
        assertThat(s.specificity(MaterialKey.eural("170101"), MaterialGroup.MINERALS, null)).isEqualTo(60);
        assertThat(s.specificity(MaterialKey.eural("170102"), MaterialGroup.MINERALS, null)).isEqualTo(40);
        assertThat(s.specificity(MaterialKey.eural("170504"), MaterialGroup.MINERALS, null)).isEqualTo(20);
        assertThat(s.matches(MaterialKey.eural("170106"), MaterialGroup.MINERALS, null)).isFalse();
        assertThat(s.matches(MaterialKey.resource("co2"), MaterialGroup.FOSSIL, null)).isFalse();
        assertThat(s.toString()).isEqualTo("eural:17* eural:1701* eural:170101 !eural:170106");
        assertThatThrownBy(() -> MaterialSelector.parse("eural:17010")).hasMessageContaining("not an EURAL code");
        assertThatThrownBy(() -> MaterialSelector.parse("resource:unobtainium")).hasMessageContaining("unknown named resource");
        assertThatThrownBy(() -> MaterialSelector.parse("group:PLASMA")).hasMessageContaining("names no material group");
    }

    @Test
    void transportClassesNeedACatchAllPerUnit() throws Exception {
        Path f = dir.resolve("classes.csv");
        Files.writeString(f, String.join(",", TransportClassTable.COLUMNS) + "\nx,resource:co2,TONNE,REGIONAL,100,,0.14,,\n");
        assertThatThrownBy(() -> TransportClassTable.read(f)).isInstanceOf(KansenkaartException.class)
                .hasMessageContaining("catch-all class with material 'any'");
    }
}
