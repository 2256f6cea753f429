package de.smartregion.docs;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartregion.report.ComparisonView;
import de.smartregion.report.IndexView;
import de.smartregion.report.ReportView;
import de.smartregion.report.TrendView;
import de.smartregion.testing.Fixtures;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md is the contract for --templates users: it documents every record a template can reach from the
 * three view models, with exactly the record's components, so that a change to a view shows up in the doc's diff.
 */
class TemplateModelDocTest {

    private static final String DOC = Fixtures.read("docs/templates.md");

    /** Every record reachable from the roots through components, lists and maps, in the order first reached. */
    private static Map<String, Class<?>> reachable(Class<?>... roots) {
        Map<String, Class<?>> found = new LinkedHashMap<>();
        List<Class<?>> todo = new ArrayList<>(List.of(roots));
        while (!todo.isEmpty()) {
            Class<?> type = todo.remove(0);
            Class<?> known = found.get(type.getSimpleName());
            assertThat(known).as("two view records named " + type.getSimpleName()).isIn(null, type);
            if (known != null) {
                continue;
            }
            found.put(type.getSimpleName(), type);
            for (RecordComponent c : type.getRecordComponents()) {
                for (Class<?> reached : records(c.getGenericType())) {
                    todo.add(reached);
                }
            }
        }
        return found;
    }

    private static Set<Class<?>> records(Type type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        if (type instanceof Class<?> c && c.isRecord()) {
            out.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                out.addAll(records(argument));
            }
        }
        return out;
    }

    /** The component names in the table under "### name". */
    private static List<String> documented(String name) {
        Matcher section = Pattern.compile("(?m)^### " + name + "\\n(.*?)(?=^#|\\z)", Pattern.DOTALL).matcher(DOC);
        assertThat(section.find()).as("docs/templates.md has a section ### " + name).isTrue();
        List<String> names = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|").matcher(section.group(1));
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    @Test
    void everyReachableRecordIsDocumentedWithExactlyItsComponents() {
        Map<String, Class<?>> records = reachable(ReportView.class, ComparisonView.class, TrendView.class,
                IndexView.class);
        assertThat(records).hasSizeGreaterThan(20);
        for (Map.Entry<String, Class<?>> e : records.entrySet()) {
            List<String> components = new ArrayList<>();
            for (RecordComponent c : e.getValue().getRecordComponents()) {
                components.add(c.getName());
            }
            assertThat(documented(e.getKey())).as("the components of " + e.getKey() + " in docs/templates.md")
                    .isEqualTo(components);
        }
    }

    @Test
    void theDocumentNamesNoRecordTheViewsDoNotHave() {
        Set<String> records = reachable(ReportView.class, ComparisonView.class, TrendView.class,
                IndexView.class).keySet();
        Matcher heading = Pattern.compile("(?m)^### (\\w+)$").matcher(DOC);
        while (heading.find()) {
            assertThat(records).as("a documented record the templates cannot reach").contains(heading.group(1));
        }
    }
}
