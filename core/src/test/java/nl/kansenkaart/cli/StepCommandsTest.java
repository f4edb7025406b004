package nl.kansenkaart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kansenkaart.project.MaterialFlowStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.run.StepsFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepCommandsTest {

    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = KansenkaartCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    Path project() {
        Path f = dir.resolve("regio.kansenkaart");
        StepsFixtures.create(f).close();
        return f;
    }

    @Test
    void runPrintsTheRankingAndStoresTheYears() {
        Path f = project();
        Run r = cli("run", f.toString(), "--year", "2023");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("step 1: business clusters (2023").contains("step 2: raw materials and residues (2023")
                .contains("Kassen en zaden [greenhouses]").contains("candidate flows for matching");
        // The next run without --year uses 2023 again.
        Run again = cli("run", f.toString(), "--steps", "2");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("step 2: raw materials and residues (2023").doesNotContain("step 1");
    }

    @Test
    void unknownStepsYearsAndClustersAreOneLineErrors() {
        Path f = project();
        Run three = cli("run", f.toString(), "--steps", "1,4");
        assertThat(three.code()).isEqualTo(KansenkaartCli.EXIT_DATA_ERROR);
        assertThat(three.err()).contains("step 4 is not part of this build");
        Run year = cli("run", f.toString(), "--year", "2019");
        assertThat(year.code()).isEqualTo(KansenkaartCli.EXIT_DATA_ERROR);
        assertThat(year.err().strip()).isEqualTo("kansenkaart: error: the project has no LMA records for 2019; years present: [2022, 2023]");
        Run cluster = cli("clusters", f.toString(), "--select", "kassen");
        assertThat(cluster.code()).isEqualTo(KansenkaartCli.EXIT_DATA_ERROR);
        assertThat(cluster.err()).contains("unknown cluster 'kassen'; known: greenhouses, food");
    }

    @Test
    void clustersSetsWeightsAndOverridesAndReranksAtOnce() {
        Path f = project();
        assertThat(cli("run", f.toString(), "--year", "2023").code()).isZero();
        Run r = cli("clusters", f.toString(), "--deselect", "paper", "--note", "niet in de regio actief", "--weights", "raw_materials=0,residual_flows=0");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("weights economic_value=1,jobs=1,establishments=1,raw_materials=0,residual_flows=0,balassa=1")
                .contains("deselected by the analyst: niet in de regio actief").contains("the selection changed");
        // Stored: a new run keeps the override and the weights.
        Run rerun = cli("run", f.toString());
        assertThat(rerun.out()).contains("raw_materials=0").contains("deselected by the analyst");
        try (ProjectFile p = ProjectFile.open(f)) {
            // A deselected cluster supplies nothing; it may still take what the selected clusters offer.
            assertThat(new MaterialFlowStore(p).readOrigin("step2"))
                    .noneMatch(m -> m.actorRef().equals("PAPER") && m.direction() == nl.kansenkaart.model.FlowDirection.SUPPLY);
        }
        Run cleared = cli("clusters", f.toString(), "--clear", "paper");
        assertThat(cleared.out()).doesNotContain("deselected by the analyst");
    }

    @Test
    void tablesExportsAndInputTablesCanBeReplaced() throws Exception {
        Path f = project();
        assertThat(cli("run", f.toString(), "--year", "2023").code()).isZero();
        Path out = dir.resolve("tabellen");
        Run r = cli("tables", f.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> ranking = Files.readAllLines(out.resolve("cluster_ranking.csv"));
        assertThat(ranking.get(0)).startsWith("rank,score,selected,selection_reason,low_hanging_fruit,cluster_key,");
        assertThat(ranking.get(1)).startsWith("1,");
        assertThat(ranking).hasSize(1 + 23);
        assertThat(Files.readString(out.resolve("cluster_materials.csv"))).contains("greenhouses,RESIDUE,SUPPLY,01.19 Teelt van overige eenjarige gewassen");
        assertThat(Files.readAllLines(out.resolve("sankey_links.csv")).get(0)).isEqualTo("cluster_id,source,target,value,unit,quality");
        for (String name : List.of("clusters.csv", "cluster_balances.csv", "own_flows_checklist.csv", "sankey_nodes.csv",
                "input_sector_clusters.csv", "input_sbi_clusters.csv", "input_national_jobs.csv", "input_key_figures.csv"))
            assertThat(out.resolve(name)).isNotEmptyFile();

        // The analyst doubles the heat demand per job, in a spreadsheet with ';' and a decimal comma.
        String kf = Files.readString(out.resolve("input_key_figures.csv"));
        assertThat(kf).contains("greenhouses-heat-job,greenhouses,,DEMAND,resource:heat,job,2110,GJ");
        Path edited = dir.resolve("kengetallen.csv");
        Files.writeString(edited, "id;cluster_id;sbi_prefix;direction;material;per;value;unit;name_pattern;quality;reference_year;source;note\n"
                + "greenhouses-heat-job;greenhouses;;DEMAND;resource:heat;job;4220,0;GJ;;ESTIMATED;2024;eigen meting;\n");
        Run imp = cli("tables", f.toString(), "--import", "key_figures=" + edited);
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("key_figures: 1 rows");
        assertThat(cli("run", f.toString(), "--steps", "2").code()).isZero();
        try (ProjectFile p = ProjectFile.open(f)) {
            assertThat(new MaterialFlowStore(p).readOrigin("step2")).filteredOn(m -> m.actorRef().equals("GH1")
                    && m.material().toString().equals("resource:heat")).singleElement().satisfies(m -> {
                        assertThat(m.amountPerYear()).isEqualTo(20 * 4220.0);
                        assertThat(m.source()).contains("eigen meting");
                    });
        }
        // A bad file is refused with its line, and the table is unchanged.
        Files.writeString(edited, "id,cluster_id,direction,material,per,value,unit,source\nx,kassen,DEMAND,resource:heat,job,1,GJ,test\n");
        Run bad = cli("tables", f.toString(), "--import", "key_figures=" + edited);
        assertThat(bad.code()).isEqualTo(KansenkaartCli.EXIT_DATA_ERROR);
        assertThat(bad.err()).contains("key figure 'x' names cluster 'kassen'");
        Files.writeString(edited, "id,cluster_id,direction,material,per,value,unit,source\nx,greenhouses,DEMAND,resource:heat,job,veel,GJ,test\n");
        bad = cli("tables", f.toString(), "--import", "key_figures=" + edited);
        assertThat(bad.err()).contains("kengetallen.csv line 2: column 'value' is not a number: 'veel'");
        Run reset = cli("tables", f.toString(), "--reset", "key_figures");
        assertThat(reset.out()).contains("key_figures: restored the shipped default (47 rows)");
    }
}
