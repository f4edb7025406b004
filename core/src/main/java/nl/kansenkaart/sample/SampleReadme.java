package nl.kansenkaart.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the sample README template with the figures of one generated sample. */
final class SampleReadme {

    private static final Pattern KEY = Pattern.compile("\\$\\{(\\w+)}");

    private final Map<String, String> values = new LinkedHashMap<>();

    SampleReadme put(String key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    /** The kinds of establishment as a Markdown list with their counts. */
    static String kinds(List<Establishment> establishments, List<EstablishmentType> types) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Establishment e : establishments) if (e.inRegion()) count.merge(e.type(), 1, Integer::sum);
        StringBuilder sb = new StringBuilder();
        sb.append("- ").append(count.getOrDefault("rwzi", 0)).append(" wastewater treatment plants (real, SBI 37.00)\n");
        int processors = 0;
        for (Map.Entry<String, Integer> e : count.entrySet())
            if (types.stream().noneMatch(t -> t.type().equals(e.getKey())) && !e.getKey().equals("rwzi")) processors += e.getValue();
        sb.append("- ").append(processors).append(" waste collectors, processors and a broker, including one waste-to-energy plant\n");
        for (EstablishmentType t : types)
            sb.append("- ").append(count.getOrDefault(t.type(), 0)).append(' ').append(t.label()).append('\n');
        return sb.toString().stripTrailing();
    }

    static String defects(LmaExpectation x) {
        StringBuilder sb = new StringBuilder();
        for (Defect d : Defect.values()) {
            String policy = switch (d.outcome()) {
                case ACCEPTED -> "accepted";
                case ACCEPTED_FLAGGED -> "accepted, flagged";
                case ACCEPTED_NOT_LOCATED -> "accepted, not located";
                case REJECTED -> "rejected";
            };
            sb.append("| ").append(d.description()).append(d.perStream() ? " (per stream)" : " (per row)")
                    .append(" | ").append(policy).append(" | ").append(x.defectRows().getOrDefault(d, 0L)).append(" |\n");
        }
        return sb.toString().stripTrailing();
    }

    void write(Path file) {
        String template;
        try (InputStream in = SampleReadme.class.getResourceAsStream("/nl/kansenkaart/sample/README.template.md")) {
            if (in == null) throw new IllegalStateException("missing README template (broken build?)");
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = KEY.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) throw new IllegalStateException("README template key ${" + m.group(1) + "} has no value");
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
