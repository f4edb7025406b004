package nl.kansenkaart.cli;

import java.io.PrintWriter;
import nl.kansenkaart.KansenkaartException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kansenkaart} command and its subcommands. */
@Command(name = "kansenkaart", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Kansenkaart: circular-economy opportunity maps for Dutch regions.",
                "Without a command, the desktop app opens on the bundled sample region."},
        commandListHeading = "%nCommands:%n",
        footer = {"", "Exit codes: 0 success, 1 data or user error, 2 usage error, 3 internal error.",
                "Run 'kansenkaart COMMAND --help' for the options of a command."})
public final class KansenkaartCli implements Runnable {

    public static final int EXIT_DATA_ERROR = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with all headless subcommands; the app adds its own (gui) before running. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new KansenkaartCli());
        // In the order of the work: set up, import, the three steps, decisions, output, tools.
        cl.addSubcommand(new NewCommand());
        cl.addSubcommand(new InfoCommand());
        cl.addSubcommand(new ImportCommand());
        cl.addSubcommand(new RunCommand());
        cl.addSubcommand(new ClustersCommand());
        cl.addSubcommand(new MatchCommand());
        cl.addSubcommand(new DecideCommand());
        cl.addSubcommand(new ScenarioCommand());
        cl.addSubcommand(new RulesCommand());
        cl.addSubcommand(new TablesCommand());
        cl.addSubcommand(new ExportCommand());
        cl.addSubcommand(new DemoCommand());
        cl.addSubcommand(new GenerateSampleCommand());
        cl.addSubcommand(new BenchCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable t = ex;
            while (!(t instanceof KansenkaartException) && t.getCause() != null && t.getCause() != t) t = t.getCause();
            if (t instanceof KansenkaartException ke) {
                commandLine.getErr().println("kansenkaart: error: " + ke.getMessage());
                commandLine.getErr().flush();
                return EXIT_DATA_ERROR;
            }
            commandLine.getErr().println("kansenkaart: internal error (please report): " + ex);
            ex.printStackTrace(commandLine.getErr());
            commandLine.getErr().flush();
            return EXIT_INTERNAL;
        });
        return cl;
    }

    /** Runs the CLI and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, out, err));
    }
}
