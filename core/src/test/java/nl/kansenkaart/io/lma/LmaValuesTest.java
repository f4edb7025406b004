package nl.kansenkaart.io.lma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LmaValuesTest {

    private static BigDecimal dutch(String s) throws RowRejection {
        return LmaValues.weight(s, false, true, "Gewicht_KG");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12.345,67|12345.67", "12345,67|12345.67", "12345|12345", "1.234.567|1234567", "12.345|12345",
            "12.5|12.5", "12.34|12.34", "0.345|0.345", "1234.567|1234.567", "12,345.67|12345.67", "1,234,567|1234567",
            "' 7,25 '|7.25", "1 234,5|1234.5", "0|0", ",5|0.5", "5,|5", "+3|3", "1\u00a0000|1000"})
    void dutchWeights(String text, String expected) throws RowRejection {
        assertThat(dutch(text)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void englishFilesReadALoneDotAsDecimalPoint() throws RowRejection {
        assertThat(LmaValues.weight("12.345", false, false, "w")).isEqualByComparingTo("12.345");
        assertThat(LmaValues.weight("12,345", false, false, "w")).isEqualByComparingTo("12345");
        assertThat(LmaValues.weight("12,5", false, false, "w")).isEqualByComparingTo("12.5");
    }

    @Test
    void numericWorkbookCellsUseThePoint() throws RowRejection {
        assertThat(LmaValues.weight("12.345", true, true, "w")).isEqualByComparingTo("12.345");
        assertThat(LmaValues.weight("1.5E3", true, true, "w")).isEqualByComparingTo("1500");
        assertThat(LmaValues.weight("0.30000000000000004", true, true, "w")).isEqualByComparingTo("0.3");
        assertThat(LmaValues.weight("12345678.123456789", true, true, "w")).isEqualByComparingTo("12345678.1234568");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|weight missing", "n.v.t.|not a number", "-12|negative", "-0,5|negative", "12 kg|not a number",
            "1.2.3|not a number", "12.34.567|not a number", "1,2.3|not a number", "1e5|not a number", "-|not a number",
            "1.000.000.000.000,01|not plausible", "12,34,5|not a number"})
    void rejectedWeights(String text, String reason) {
        assertThatThrownBy(() -> dutch(text)).isInstanceOf(RowRejection.class).hasMessageContaining(reason);
    }

    @Test
    void hugeExponentsInNumberCellsAreNotWeights() {
        assertThatThrownBy(() -> LmaValues.weight("1E+400", true, true, "w")).hasMessageContaining("not a number");
    }

    @ParameterizedTest
    @CsvSource({"J,true", "ja,true", "Y,true", "yes,true", "1,true", "TRUE,true", "waar,true",
            "N,false", "Nee,false", "no,false", "0,false", "false,false", "'',false"})
    void flags(String text, boolean expected) {
        assertThat(LmaValues.flag(text)).isEqualTo(expected);
    }

    @Test
    void anUnknownFlagIsNotGuessed() {
        assertThat(LmaValues.flag("?")).isNull();
        assertThat(LmaValues.flag("misschien")).isNull();
    }

    @Test
    void periods() throws RowRejection {
        assertThat(LmaValues.period("112025", "p")).containsExactly(2025, 11);
        assertThat(LmaValues.period("12025", "p")).containsExactly(2025, 1);
        assertThat(LmaValues.period("112025.0", "p")).containsExactly(2025, 11);
        assertThat(LmaValues.period("3/2019", "p")).containsExactly(2019, 3);
        assertThat(LmaValues.period("2019-03", "p")).containsExactly(2019, 3);
        assertThatThrownBy(() -> LmaValues.period("132025", "p")).hasMessageContaining("no month");
        assertThatThrownBy(() -> LmaValues.period("2025", "p")).hasMessageContaining("not MMYYYY");
        assertThatThrownBy(() -> LmaValues.period("011850", "p")).hasMessageContaining("outside");
    }

    @Test
    void yearsAndMonths() throws RowRejection {
        assertThat(LmaValues.year(" 2016 ", "j")).isEqualTo(2016);
        assertThat(LmaValues.year("2016.0", "j")).isEqualTo(2016);
        assertThatThrownBy(() -> LmaValues.year("16", "j")).hasMessageContaining("outside");
        assertThatThrownBy(() -> LmaValues.year("2O16", "j")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> LmaValues.year("3016", "j")).hasMessageContaining("outside");
        assertThat(LmaValues.month("", "m")).isZero();
        assertThat(LmaValues.month("07", "m")).isEqualTo(7);
        assertThatThrownBy(() -> LmaValues.month("0", "m")).hasMessageContaining("1-12");
        assertThatThrownBy(() -> LmaValues.month("juli", "m")).hasMessageContaining("1-12");
    }

    @Test
    void loads() {
        assertThat(LmaValues.loads("27", false, true)).isEqualTo(27);
        assertThat(LmaValues.loads("1.200", false, true)).isEqualTo(1200);
        assertThat(LmaValues.loads("27.0", true, true)).isEqualTo(27);
        assertThat(LmaValues.loads("2,5", false, true)).isNull();
        assertThat(LmaValues.loads("-1", false, true)).isNull();
        assertThat(LmaValues.loads("veel", false, true)).isNull();
    }
}
