package nl.kansenkaart.io.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberCellsTest {

    private static BigDecimal n(String s, boolean thousands) {
        return NumberCells.parse(s, false, thousands);
    }

    @Test
    void dutchAndEnglishNotationsAsRegistersWriteThem() {
        assertThat(n("12,5", true)).isEqualByComparingTo("12.5");
        assertThat(n("1.250.000", true)).isEqualByComparingTo("1250000");
        assertThat(n("12.345,67", true)).isEqualByComparingTo("12345.67");
        assertThat(n("125,000.50", true)).isEqualByComparingTo("125000.50");
        assertThat(n("1,234,567", true)).isEqualByComparingTo("1234567");
        assertThat(n("€ 1.250", true)).isEqualByComparingTo("1250");
        assertThat(n("1250 EUR", true)).isEqualByComparingTo("1250");
        assertThat(n("-3", true)).isEqualByComparingTo("-3");
        assertThat(n("4.894", false)).isEqualByComparingTo("4.894"); // a longitude, not 4894
        assertThat(n("4.894", true)).isEqualByComparingTo("4894");
        assertThat(n("52.37", true)).isEqualByComparingTo("52.37");
        assertThat(NumberCells.parse("1250000.5", true, true)).isEqualByComparingTo("1250000.5");
        assertThat(n("veel", true)).isNull();
        assertThat(n("", true)).isNull();
        assertThat(n("12-19", true)).isNull();
        assertThat(n("1.2.3,4,5", true)).isNull();
    }
}
