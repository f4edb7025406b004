package nl.kansenkaart.sample;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What importing a generated LMA extract must give under the import policy: the exact row and kg
 * accounting, and how many rows carry each deliberate defect.
 *
 * @param rows        data rows written (header excluded)
 * @param accepted    rows the policy accepts (with or without a flag)
 * @param rejected    rows the policy rejects
 * @param notLocated  accepted rows whose location cannot be found
 * @param acceptedKg  exact total of Gewicht_KG over the accepted rows
 * @param defectRows  rows per defect kind (each row has at most one)
 */
public record LmaExpectation(long rows, long accepted, long rejected, long notLocated, BigDecimal acceptedKg,
                             Map<Defect, Long> defectRows) {

    public LmaExpectation {
        if (rows != accepted + rejected) throw new IllegalStateException("rows " + rows + " != " + accepted + " + " + rejected);
        defectRows = Collections.unmodifiableMap(new EnumMap<>(defectRows));
    }

    /** The summary line the {@code import} command must print for this extract. */
    public String summaryLine() {
        return "read=" + rows + " accepted=" + accepted + " rejected=" + rejected + " kg=" + acceptedKg.stripTrailingZeros().toPlainString();
    }
}
