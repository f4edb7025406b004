package nl.kansenkaart.run;

import java.util.List;
import java.util.Optional;
import nl.kansenkaart.steps.AnalysisStep;

/** The steps of the method, in order. */
public final class Steps {

    private Steps() {}

    public static List<AnalysisStep> available() {
        return List.of(new Step1(), new Step2(), new Step3Matching());
    }

    public static Optional<AnalysisStep> find(int number) {
        return available().stream().filter(s -> s.number() == number).findFirst();
    }
}
