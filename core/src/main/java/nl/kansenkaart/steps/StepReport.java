package nl.kansenkaart.steps;

import java.util.List;

/** What a step prints after a run: a few lines for the console, the log or a status bar. */
public record StepReport(int step, String title, List<String> lines) {

    public StepReport {
        lines = List.copyOf(lines);
    }
}
