package nl.kansenkaart.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.application.Application;
import nl.kansenkaart.KansenkaartException;
import nl.kansenkaart.demo.SampleProject;
import nl.kansenkaart.project.ProjectFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kansenkaart gui [PROJECT]}: the desktop app, also what runs without any command. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the desktop app on a project (default: the bundled sample region).",
                "This is what runs when kansenkaart is started without a command."})
final class GuiCommand implements Callable<Integer> {

    /** Options that only the app has: given without a command, they start the app. */
    static final List<String> OWN_OPTIONS = List.of("--screenshot", "--lang", "--size", "--tab", "--cluster", "--dialog");

    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "the project file to open")
    Path project;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "draw the window off-screen (no display needed), write it as PNG to FILE and exit")
    Path screenshot;

    @Option(names = "--lang", paramLabel = "nl|en", description = "language of the window (default: the last one chosen, else nl)")
    String lang;

    @Option(names = "--size", paramLabel = "WIDTHxHEIGHT", defaultValue = "1600x1000",
            description = "window size in pixels (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--tab", paramLabel = "TAB", description = "the analysis view to show: clusters, materials, checklist, sankey,"
            + " matched-flows, matches, unmatched, take-bring or compare")
    String tab;

    @Option(names = "--dialog", paramLabel = "NAME", description = "a dialog to open at the start: export (with --screenshot: shoot the dialog)")
    String dialog;

    @Option(names = "--cluster", paramLabel = "ID", description = "the sector cluster to show, e.g. greenhouses (zoomed to on the map)")
    String cluster;

    @Override
    public Integer call() {
        Locale locale = parseLanguage();
        int[] wh = parseSize();
        Path file = project == null ? SampleProject.ensure(spec.commandLine().getErr()) : project.toAbsolutePath();
        if (!Files.exists(file)) throw new KansenkaartException("project " + file + " does not exist");
        try (ProjectFile check = ProjectFile.open(file)) {
            // Opened once here so a wrong file gives the one-line error of the CLI, not a window.
        }
        Path shot = screenshot == null ? null : screenshot.toAbsolutePath();
        if (shot != null) {
            if (shot.getParent() != null && !Files.isDirectory(shot.getParent()))
                throw new KansenkaartException("folder " + shot.getParent() + " does not exist (for --screenshot)");
            Display.useOffscreen(wh[0], wh[1]);
        } else {
            Display.useScreen();
        }
        Display.quietClassPathWarning();
        if (tab != null && !GuiOptions.TABS.contains(tab))
            throw new CommandLine.ParameterException(spec.commandLine(), "--tab must be one of " + String.join(", ", GuiOptions.TABS) + ", not '" + tab + "'");
        if (dialog != null && !GuiOptions.DIALOGS.contains(dialog))
            throw new CommandLine.ParameterException(spec.commandLine(), "--dialog must be one of " + String.join(", ", GuiOptions.DIALOGS) + ", not '" + dialog + "'");
        Application.launch(MainApp.class, new GuiOptions(file, shot, locale, wh[0], wh[1], tab, cluster, dialog).toArgs());
        return MainApp.exitCode();
    }

    private Locale parseLanguage() {
        if (lang == null) return null;
        String l = lang.trim().toLowerCase(Locale.ROOT);
        if (!l.equals("nl") && !l.equals("en"))
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang must be nl or en, not '" + lang + "'");
        return Locale.forLanguageTag(l);
    }

    private int[] parseSize() {
        String[] parts = size.toLowerCase(Locale.ROOT).split("x");
        try {
            int w = Integer.parseInt(parts[0].trim()), h = Integer.parseInt(parts[1].trim());
            if (parts.length == 2 && w >= 400 && h >= 300 && w <= 10_000 && h <= 10_000) return new int[] {w, h};
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "--size must be WIDTHxHEIGHT in pixels between 400x300 and 10000x10000, not '" + size + "'");
    }
}
