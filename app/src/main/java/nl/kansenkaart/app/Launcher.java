package nl.kansenkaart.app;

import java.io.PrintWriter;
import nl.kansenkaart.cli.KansenkaartCli;
import picocli.CommandLine;

/**
 * Entry point of the product. A plain class (not a JavaFX Application) so the jar runs from the
 * class path. Without arguments the desktop app opens on the sample region; {@code gui} opens
 * it on a given project; every other command goes to the headless CLI in core.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args.length == 0 ? new String[] {"gui"} : args, out, err));
    }

    /** The CLI of core plus the {@code gui} command; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = KansenkaartCli.commandLine(out, err);
        cl.addSubcommand(new GuiCommand());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
