package de.smartregion.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dependency rule of the README ("Layout"), checked on the compiled classes: a package may use only the
 * packages below it, and the report package renders what score and compare computed without computing itself.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.smartregion");

    /** Each package with the packages it may use, top down; the README's table ("Layout") says the same. */
    static final Map<String, List<String>> USES = uses(
            "cli", "report answerfile compare score load input text model",
            "report", "compare score text model",
            "answerfile", "text model",
            "compare", "score input model",
            "score", "model",
            "load", "input text model",
            "input", "text model",
            "text", "model",
            "model", "");

    static final ArchRule LAYERS = layers();

    /**
     * Reports show what was computed: no static method and no constructor of score or compare is called from
     * report (an enum's own methods, such as {@code values()}, are data). The roadmap, the ranking and the
     * statistics come in with the result, the comparison and the trend.
     */
    static final ArchRule REPORT_RENDERS_ONLY = noClasses()
            .that().resideInAPackage("de.smartregion.report..")
            .should().callCodeUnitWhere(computingIn("de.smartregion.score..", "de.smartregion.compare.."))
            .because("the scores, the roadmap and the statistics are computed in score and compare; "
                    + "report only renders them");

    @Test
    void packagesUseOnlyTheLayersBelowThem() {
        LAYERS.check(MAIN);
    }

    @Test
    void reportComputesNothing() {
        REPORT_RENDERS_ONLY.check(MAIN);
    }

    /** The README's table of packages names the same packages, in the same order, using the same ones. */
    @Test
    void theReadmeStatesTheRule() throws IOException {
        Map<String, List<String>> stated = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\| (all|nothing|[`\\w, ]+) \\|").matcher(
                Files.readString(Path.of("README.md")));
        while (row.find()) {
            String uses = row.group(2);
            stated.put(row.group(1), uses.equals("all") ? USES.get("cli")
                    : uses.equals("nothing") ? List.of() : List.of(uses.replace("`", "").split(", ")));
        }
        assertThat(stated).containsExactlyEntriesOf(USES);
    }

    @Test
    void packagesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("de.smartregion.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** The rules can fail: classes of this test's fixture package break each of them. */
    @Test
    void theRulesFindAForbiddenImport() {
        JavaClasses fixture = new ClassFileImporter().importClasses(
                de.smartregion.model.ForbiddenUse.class, de.smartregion.report.ForbiddenUse.class);
        assertThat(LAYERS.evaluate(fixture).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("de.smartregion.model.ForbiddenUse")
                        .contains("de.smartregion.report.ForbiddenUse"));
        JavaClasses scoring = new ClassFileImporter().importClasses(
                de.smartregion.report.ForbiddenUse.class, de.smartregion.score.Scorer.class);
        assertThat(REPORT_RENDERS_ONLY.evaluate(scoring).getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("de.smartregion.report.ForbiddenUse")
                        .contains("Scorer.score"));
    }

    private static DescribedPredicate<JavaCall<?>> computingIn(String... packages) {
        return new DescribedPredicate<>("a static method or constructor of " + String.join(" or ", packages)) {
            @Override
            public boolean test(JavaCall<?> call) {
                CodeUnitCallTarget target = call.getTarget();
                if (!resideIn(target.getOwner().getPackageName(), packages) || target.getOwner().isEnum()) {
                    return false;
                }
                if (target.getName().equals("<init>")) {
                    return true;
                }
                Optional<? extends JavaCodeUnit> member = target.resolveMember();
                return member.isPresent() && member.get().getModifiers().contains(JavaModifier.STATIC);
            }
        };
    }

    private static Map<String, List<String>> uses(String... packagesAndUses) {
        Map<String, List<String>> uses = new LinkedHashMap<>();
        for (int i = 0; i < packagesAndUses.length; i += 2) {
            String used = packagesAndUses[i + 1];
            uses.put(packagesAndUses[i], used.isEmpty() ? List.of() : List.of(used.split(" ")));
        }
        return uses;
    }

    private static ArchRule layers() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers();
        for (String p : USES.keySet()) {
            layers = layers.layer(p).definedBy("de.smartregion." + p + "..");
        }
        for (Map.Entry<String, List<String>> e : USES.entrySet()) {
            layers = e.getValue().isEmpty() ? layers.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        return layers;
    }

    private static boolean resideIn(String packageName, String... packages) {
        for (String p : packages) {
            String base = p.substring(0, p.length() - 2);
            if (packageName.equals(base) || packageName.startsWith(base + ".")) {
                return true;
            }
        }
        return false;
    }
}
