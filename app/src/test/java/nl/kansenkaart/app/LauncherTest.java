package nl.kansenkaart.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void withoutACommandTheAppOpens() {
        assertThat(Launcher.route(new String[0])).containsExactly("gui");
        assertThat(Launcher.route(new String[] {"--screenshot", "shot.png"})).containsExactly("gui", "--screenshot", "shot.png");
        assertThat(Launcher.route(new String[] {"--lang=en"})).containsExactly("gui", "--lang=en");
    }

    @Test
    void commandsAndGeneralOptionsGoToTheCli() {
        assertThat(Launcher.route(new String[] {"info", "x.kansenkaart"})).containsExactly("info", "x.kansenkaart");
        assertThat(Launcher.route(new String[] {"--help"})).containsExactly("--help");
        assertThat(Launcher.route(new String[] {"gui", "p.kansenkaart"})).containsExactly("gui", "p.kansenkaart");
    }

    @Test
    void helpListsTheGuiCommandNextToTheHeadlessOnes() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Launcher.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("gui ").contains("new ").contains("info ");
    }

    @Test
    void wrongGuiOptionsAreUsageErrorsAndAMissingProjectADataError() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertThat(Launcher.run(new String[] {"gui", "--lang", "de"}, new PrintWriter(out), new PrintWriter(err))).isEqualTo(2);
        assertThat(err.toString()).contains("--lang must be nl or en");
        assertThat(Launcher.run(new String[] {"gui", "--size", "12"}, new PrintWriter(out), new PrintWriter(err))).isEqualTo(2);
        StringWriter err2 = new StringWriter();
        assertThat(Launcher.run(new String[] {"gui", "/no/such/project.kansenkaart"}, new PrintWriter(out), new PrintWriter(err2))).isEqualTo(1);
        assertThat(err2.toString()).isEqualTo("kansenkaart: error: project /no/such/project.kansenkaart does not exist" + System.lineSeparator());
    }
}
