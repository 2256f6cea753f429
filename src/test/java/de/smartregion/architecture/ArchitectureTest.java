package de.smartregion.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
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
            "cli", "report answerfile compare score load input text model xlsx",
            "report", "compare score text model xlsx",
            "answerfile", "input text model xlsx",
            "compare", "score input model",
            "score", "model",
            "load", "input text model",
            "input", "text model xlsx",
            "text", "model",
            "model", "",
            "xlsx", "");

    static final ArchRule LAYERS = layers();

    /**
     * Reports show what was computed: from score and compare, report reads data only, that is the components of
     * records and what an enum or record derives without arguments ({@code passed()}, {@code key()}), an enum's
     * {@code values()}, a visitor's {@code accept} and a statistic looked up by name. Any other call (a static method, a constructor, a method with arguments, a method of a
     * class that is neither record nor enum) computes, and belongs in score or compare. The roadmap, the ranking, the
     * peer groups and the statistics come in with the result, the comparison and the trend.
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
                de.smartregion.report.ForbiddenUse.class, de.smartregion.score.Scorer.class,
                de.smartregion.compare.Snapshot.class);
        List<String> computing = REPORT_RENDERS_ONLY.evaluate(scoring).getFailureReport().getDetails();
        assertThat(computing).anySatisfy(line -> assertThat(line).contains("de.smartregion.report.ForbiddenUse")
                .contains("Scorer.score"));
        assertThat(computing).anySatisfy(line -> assertThat(line).contains("de.smartregion.report.ForbiddenUse")
                .contains("Snapshot.compare"));
    }

    private static DescribedPredicate<JavaCall<?>> computingIn(String... packages) {
        return new DescribedPredicate<>("a computing call into " + String.join(" or ", packages)) {
            @Override
            public boolean test(JavaCall<?> call) {
                CodeUnitCallTarget target = call.getTarget();
                JavaClass owner = target.getOwner();
                if (!resideIn(owner.getPackageName(), packages)) {
                    return false;
                }
                Optional<? extends JavaCodeUnit> member = target.resolveMember();
                if (target.getName().equals("<init>") || member.isEmpty()) {
                    return true;
                }
                boolean isStatic = member.get().getModifiers().contains(JavaModifier.STATIC);
                if (isStatic) {
                    return !(owner.isEnum() && target.getName().equals("values"));
                }
                if (owner.isInterface() && target.getName().equals("accept")) {
                    return false; // a visitor: the data's own type picks the case, nothing is computed
                }
                if (owner.isEquivalentTo(de.smartregion.compare.Statistics.class) && target.getName().equals("get")) {
                    return false; // a statistic looked up by its name
                }
                boolean data = owner.isRecord() || owner.isEnum();
                return !data || !target.getRawParameterTypes().isEmpty();
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
