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
        System.exit(run(route(args), out, err));
    }

    /**
     * The command line to run: the app when there is no command, also when only options of the
     * app are given ({@code kansenkaart --screenshot shot.png}); otherwise the arguments as given.
     */
    static String[] route(String[] args) {
        if (args.length == 0) return new String[] {"gui"};
        String first = args[0];
        for (String option : GuiCommand.OWN_OPTIONS) {
            if (first.equals(option) || first.startsWith(option + "=")) {
                String[] withGui = new String[args.length + 1];
                withGui[0] = "gui";
                System.arraycopy(args, 0, withGui, 1, args.length);
                return withGui;
            }
        }
        return args;
    }

    /** The CLI of core plus the {@code gui} command; returns the exit code. */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = KansenkaartCli.commandLine(out, err);
        cl.addSubcommand(new GuiCommand());
        // picocli hands these settings only to subcommands present when they are set: set them again for gui.
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(cl.getExecutionExceptionHandler());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
