package nl.kansenkaart.codes;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kansenkaart.model.MaterialGroup;
import nl.kansenkaart.model.PhysicalState;
import org.junit.jupiter.api.Test;

class CodeListsTest {

    @Test
    void euralHasTheOfficialCountsAndNormalisesSpreadsheetValues() {
        EuralList e = EuralList.get();
        assertThat(e.size()).isEqualTo(842);
        assertThat(e.all().stream().filter(Eural::hazardous).count()).isEqualTo(408);
        assertThat(EuralList.normalise("20301")).contains("020301");
        assertThat(EuralList.normalise("02 03 01")).contains("020301");
        assertThat(EuralList.normalise("17 05 03*")).contains("170503");
        assertThat(EuralList.normalise(" 170504 ")).contains("170504");
        assertThat(EuralList.normalise("1705")).isEmpty();
        assertThat(EuralList.normalise("abc")).isEmpty();
        assertThat(e.lookup("17 05 03*").orElseThrow().hazardous()).isTrue();
        assertThat(e.lookup("999999")).isEmpty();
    }

    @Test
    void lmaMethodsAllHaveAnRLevel() {
        assertThat(LmaMethods.get().all()).hasSize(31);
        assertThat(LmaMethods.get().lookup("a.02").orElseThrow().code()).isEqualTo("A02");
        assertThat(LmaMethods.get().lookup("F01").orElseThrow().rLevel()).isEqualTo(RLevel.R9);
        assertThat(LmaMethods.get().lookup("G01").orElseThrow().rLevel()).isEqualTo(RLevel.DISPOSAL);
        assertThat(LmaMethods.get().lookup("Z99")).isEmpty();
    }

    @Test
    void sbiLookupAcceptsRegisterNotations() {
        Sbi2008 s = Sbi2008.get();
        assertThat(s.lookup("01.13").orElseThrow().digits()).isEqualTo("0113");
        assertThat(s.lookup("113").orElseThrow().digits()).isEqualTo("0113");
        assertThat(s.lookup("38.21").orElseThrow().section()).isEqualTo("E");
        assertThat(s.lookup("4711").orElseThrow().level()).isEqualTo(4);
        assertThat(s.sectionOf("C")).isEqualTo("C");
        assertThat(Sbi2008.a10Group("E")).isEqualTo("B-E");
        assertThat(s.lookup("xx")).isEmpty();
    }

    @Test
    void everyEuralCodeHasAMaterialClass() {
        for (Eural e : EuralList.get().all()) assertThat(MaterialClassification.get().ofEural(e.code())).isNotNull();
        assertThat(MaterialClassification.get().ofEural("020103").group()).isEqualTo(MaterialGroup.BIOMASS);
        assertThat(MaterialClassification.get().ofEural("170405").group()).isEqualTo(MaterialGroup.METALS);
        assertThat(MaterialClassification.get().ofEural("190805").state()).isEqualTo(PhysicalState.SLUDGE);
        assertThat(WasteOperations.get().lookup("R01").orElseThrow().recovery()).isTrue();
        assertThat(WasteOperations.get().all()).hasSize(28);
    }
}
