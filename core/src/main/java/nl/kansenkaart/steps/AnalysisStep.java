package nl.kansenkaart.steps;

import nl.kansenkaart.project.ProjectFile;

/**
 * One step of the method, run on a project: it reads the project, computes, and stores all its
 * results in one transaction (all or nothing), then reports in a few lines.
 */
public interface AnalysisStep {

    /** 1, 2 or 3: the step of the method. */
    int number();

    String title();

    StepReport run(ProjectFile project, AnalysisYears years);
}
