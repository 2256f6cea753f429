package de.smartregion.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The classes one run loaded, from the JVM's {@code -Xlog:class+load} lines ("NAME source: SOURCE"), counted by where
 * they came from and by package; and the table of such profiles that {@code startup-profile.txt} holds, one column
 * per {@link StartupBudget} constant.
 */
final class ClassProfile {

    /** Where a class came from. */
    enum Source {
        /** smartregion's classes and its libraries', from the jar. */
        JAR,
        /** The JDK's, from its class-data-sharing archive or its modules. */
        JDK,
        /** Made at run time: lambdas, method handle forms, proxies. */
        GENERATED;

        static Source of(String source) {
            if (source.endsWith("smartregion.jar")) {
                return JAR;
            }
            if (source.equals("shared objects file") || source.startsWith("jrt:/")) {
                return JDK;
            }
            return GENERATED;
        }

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private record Loaded(String name, Source source) {

        /** "jar freemarker.core": a row of the profile table. */
        String row() {
            String plain = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
            int dot = plain.lastIndexOf('.');
            return source.key() + " " + (dot < 0 ? "(default)" : plain.substring(0, dot));
        }
    }

    private static final String TABLE = "startup-profile.txt";

    private final List<Loaded> classes;

    private ClassProfile(List<Loaded> classes) {
        this.classes = List.copyOf(classes);
    }

    static ClassProfile parse(String log) {
        List<Loaded> classes = new ArrayList<>();
        for (String line : log.split("\n")) {
            int at = line.indexOf(" source: ");
            if (at > 0) {
                classes.add(new Loaded(line.substring(0, at).trim(), Source.of(line.substring(at + 9).trim())));
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("not a class+load line: " + line);
            }
        }
        return new ClassProfile(classes);
    }

    int count(Source source) {
        return (int) classes.stream().filter(c -> c.source() == source).count();
    }

    List<String> classesStartingWith(String prefix) {
        return classes.stream().map(Loaded::name).filter(n -> n.startsWith(prefix)).toList();
    }

    /** Classes per row ("jar freemarker.core"), sorted. */
    Map<String, Integer> rows() {
        Map<String, Integer> rows = new TreeMap<>();
        for (Loaded c : classes) {
            rows.merge(c.row(), 1, Integer::sum);
        }
        return rows;
    }

    /**
     * The packages of {@code source} with more classes than in {@code baseline}, most grown first, with the names of
     * the classes of packages the baseline does not have at all.
     */
    String grownAgainst(Map<String, Integer> baseline, Source source) {
        record Growth(String row, int more, boolean isNew) {
        }
        List<Growth> grown = new ArrayList<>();
        rows().forEach((row, count) -> {
            int before = baseline.getOrDefault(row, 0);
            if (row.startsWith(source.key() + " ") && count > before) {
                grown.add(new Growth(row, count - before, before == 0));
            }
        });
        if (grown.isEmpty()) {
            return source.key() + ": no package grew (startup-profile.txt is older than the budget: refresh it)";
        }
        grown.sort(Comparator.comparingInt(Growth::more).reversed().thenComparing(Growth::row));
        List<String> shown = new ArrayList<>();
        for (Growth g : grown.subList(0, Math.min(grown.size(), 12))) {
            String text = g.row() + " +" + g.more();
            if (g.isNew()) {
                List<String> names = classes.stream().filter(c -> c.row().equals(g.row())).map(Loaded::name)
                        .limit(5).toList();
                text += " (new: " + String.join(", ", names) + (g.more() > names.size() ? ", …" : "") + ")";
            }
            shown.add(text);
        }
        return String.join("; ", shown) + (grown.size() > shown.size()
                ? "; " + (grown.size() - shown.size()) + " more packages, see target/startup-profile.txt" : "");
    }

    /** The column of {@code budget} in the profile table kept beside this class; empty when it has none. */
    static Map<String, Integer> baseline(StartupBudget budget) {
        try (InputStream in = ClassProfile.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                return Map.of();
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String> header = null;
            Map<String, Integer> rows = new TreeMap<>();
            for (String line : lines) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> cells = List.of(line.trim().split("\\s+"));
                if (header == null) {
                    header = cells;
                    continue;
                }
                int column = header.indexOf(budget.name());
                if (column < 0) {
                    return Map.of();
                }
                int count = Integer.parseInt(cells.get(column));
                if (count > 0) {
                    rows.put(cells.get(0) + " " + cells.get(1), count);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The profiles as the table {@code startup-profile.txt} holds: a row per source and package. */
    static String table(Map<StartupBudget, ClassProfile> profiles) {
        Map<StartupBudget, Map<String, Integer>> columns = new TreeMap<>();
        TreeSet<String> rows = new TreeSet<>(Comparator.comparing((String r) -> Source.valueOf(
                r.substring(0, r.indexOf(' ')).toUpperCase(java.util.Locale.ROOT))).thenComparing(r -> r));
        profiles.forEach((budget, profile) -> {
            columns.put(budget, profile.rows());
            rows.addAll(profile.rows().keySet());
        });
        int width = rows.stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder table = new StringBuilder();
        table.append("# Classes each command of StartupBudget loaded on start-up, by source and package, as\n")
                .append("# StartupIT measured them (JDK ").append(Runtime.version()).append("). StartupIT writes this table to\n")
                .append("# target/startup-profile.txt on every run; copy it here when a budget changes on purpose.\n");
        table.append(pad("source package", width));
        columns.keySet().forEach(b -> table.append(' ').append(b.name()));
        table.append('\n');
        for (String row : rows) {
            table.append(pad(row, width));
            columns.forEach((budget, counts) -> table.append(' ')
                    .append(padLeft(String.valueOf(counts.getOrDefault(row, 0)), budget.name().length())));
            table.append('\n');
        }
        return table.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
