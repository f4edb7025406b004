package nl.kansenkaart.run;

import java.util.List;
import java.util.Map;
import nl.kansenkaart.clusters.CompanyTotals;
import nl.kansenkaart.model.Company;
import nl.kansenkaart.project.ProjectFile;
import nl.kansenkaart.resources.FlowLine;
import nl.kansenkaart.resources.YearChoice;
import nl.kansenkaart.steps.AnalysisYears;

/**
 * Each establishment's own part in the figures of steps 1 and 2, for the stored analysis years:
 * what disclosure control needs to check a cluster total or a material row. Computed by the same
 * code as the steps, so the parts add up to the stored figures.
 */
public final class CompanyParts {

    private final Map<String, CompanyTotals> totals;
    private final Map<String, List<FlowLine>> lines;
    private final List<Company> companies;

    private CompanyParts(Map<String, CompanyTotals> totals, Map<String, List<FlowLine>> lines, List<Company> companies) {
        this.totals = totals;
        this.lines = lines;
        this.companies = companies;
    }

    public static CompanyParts read(ProjectFile project) {
        AnalysisYears years = YearChoice.resolve(project, List.of());
        ProjectInventory inv = ProjectInventory.read(project, years, null);
        return new CompanyParts(Step1.totals(inv), inv.flows.all(), inv.companies);
    }

    /** Residues, raw materials (measured and estimated) of each establishment, as step 1 counts them. */
    public Map<String, CompanyTotals> totals() {
        return totals;
    }

    /** The flow lines of each establishment, as step 2 sums them into material rows. */
    public Map<String, List<FlowLine>> lines() {
        return lines;
    }

    public List<Company> companies() {
        return companies;
    }
}
