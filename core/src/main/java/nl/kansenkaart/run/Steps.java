package nl.kansenkaart.run;

import java.util.List;
import java.util.Optional;
import nl.kansenkaart.steps.AnalysisStep;

/** The steps of the method in this build, in order. Step 3 (matching) is added here as one more entry. */
public final class Steps {

    private Steps() {}

    public static List<AnalysisStep> available() {
        return List.of(new Step1(), new Step2());
    }

    public static Optional<AnalysisStep> find(int number) {
        return available().stream().filter(s -> s.number() == number).findFirst();
    }
}
