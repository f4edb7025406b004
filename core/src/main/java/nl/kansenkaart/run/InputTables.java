package nl.kansenkaart.run;

import java.nio.file.Path;
import java.util.List;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.clusters.NationalJobsStore;
import nl.kansenkaart.clusters.SbiClusterTable;
import nl.kansenkaart.clusters.SectorCluster;
import nl.kansenkaart.clusters.SectorClusterStore;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.resources.KeyFigureStore;
import nl.kansenkaart.resources.KeyFigureTable;
import nl.kansenkaart.steps.InputTable;

/**
 * The analyst's input tables of steps 1 and 2 by name: replace one from a CSV file (checked as a
 * whole before anything is stored) or restore the shipped default. The steps must be run again
 * afterwards for the results to follow.
 */
public final class InputTables {

    public static final List<String> NAMES = List.of("sector_clusters", "sbi_clusters", "national_jobs", "key_figures");

    private InputTables() {}

    /** Replaces a table from a file in one transaction; returns the number of rows stored. */
    public static int importFile(ProjectFile project, String name, Path file) {
        return switch (name) {
            case "sector_clusters" -> {
                List<SectorCluster> clusters = SectorClusterStore.parseClusters(InputTable.fromFile(file, SectorClusterStore.CLUSTER_COLUMNS.subList(0, 4)));
                SbiClusterTable t = new SbiClusterTable(clusters, SectorClusterStore.read(project).entries());
                checkKeyFigures(KeyFigureStore.read(project), t);
                project.transaction(c -> {
                    SectorClusterStore.replace(c, t);
                    return null;
                });
                yield clusters.size();
            }
            case "sbi_clusters" -> {
                SbiClusterTable current = SectorClusterStore.read(project);
                SbiClusterTable t = new SbiClusterTable(current.clusters(),
                        SectorClusterStore.parseEntries(InputTable.fromFile(file, SectorClusterStore.SBI_COLUMNS.subList(0, 2))));
                project.transaction(c -> {
                    SectorClusterStore.replace(c, t);
                    return null;
                });
                yield t.entries().size();
            }
            case "national_jobs" -> {
                List<NationalJobsStore.Row> rows = NationalJobsStore.parse(InputTable.fromFile(file, NationalJobsStore.COLUMNS.subList(0, 3)));
                for (int year : NationalJobsStore.years(rows)) NationalJobsStore.forYear(rows, year);
                project.transaction(c -> {
                    NationalJobsStore.replace(c, rows);
                    return null;
                });
                yield rows.size();
            }
            case "key_figures" -> {
                KeyFigureTable t = KeyFigureStore.parse(InputTable.fromFile(file, List.of("id", "cluster_id", "direction", "material",
                        "per", "value", "unit", "source")));
                checkKeyFigures(t, SectorClusterStore.read(project));
                project.transaction(c -> {
                    KeyFigureStore.replace(c, t);
                    return null;
                });
                yield t.all().size();
            }
            default -> throw unknown(name);
        };
    }

    /** Restores the shipped default of a table; returns the number of rows stored. */
    public static int reset(ProjectFile project, String name) {
        return switch (name) {
            case "sector_clusters", "sbi_clusters" -> {
                SbiClusterTable t = SectorClusterStore.defaults();
                checkKeyFigures(KeyFigureStore.read(project), t);
                project.transaction(c -> {
                    SectorClusterStore.replace(c, t);
                    return null;
                });
                yield name.equals("sector_clusters") ? t.clusters().size() : t.entries().size();
            }
            case "national_jobs" -> {
                List<NationalJobsStore.Row> rows = NationalJobsStore.defaults();
                project.transaction(c -> {
                    NationalJobsStore.replace(c, rows);
                    return null;
                });
                yield rows.size();
            }
            case "key_figures" -> {
                KeyFigureTable t = KeyFigureStore.defaults();
                checkKeyFigures(t, SectorClusterStore.read(project));
                project.transaction(c -> {
                    KeyFigureStore.replace(c, t);
                    return null;
                });
                yield t.all().size();
            }
            default -> throw unknown(name);
        };
    }

    private static void checkKeyFigures(KeyFigureTable figures, SbiClusterTable clusters) {
        figures.checkClusters(clusters.clusters().stream().map(SectorCluster::id).toList());
    }

    private static KansenkaartException unknown(String name) {
        return new KansenkaartException("unknown input table '" + name + "'; known: " + String.join(", ", NAMES));
    }
}
