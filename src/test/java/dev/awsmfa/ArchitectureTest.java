package dev.awsmfa;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package layout of docs/architecture.md, held: each package depends only on the packages its
 * row there names (plus the JDK and the shared types of the root package), picocli stays in
 * {@code cli}, the AWS SDK in {@code sts}, and only the root package's wiring reaches into either.
 */
class ArchitectureTest {
    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.awsmfa");
    /** The root package's types every package may use: the exit-code contract, the environment, the platform. */
    static final Class<?>[] SHARED = {AwsMfaException.class, ExitCode.class, Env.class, Platform.class,
        Secrets.class, Build.class, UserLocale.class, LocaleCharset.class, PowerShellText.class,
        JsonText.class};
    static final DescribedPredicate<JavaClass> ARRAYS = DescribedPredicate.describe("arrays", JavaClass::isArray);

    /** Package to the packages of awsmfa it may depend on, as docs/architecture.md lists them. */
    static Map<String, List<String>> allowed() {
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        allowed.put("time", List.of());
        allowed.put("profile", List.of());
        allowed.put("mfa", List.of());
        allowed.put("exec", List.of());
        allowed.put("validation", List.of("time"));
        allowed.put("files", List.of("profile"));
        allowed.put("cache", List.of("files"));
        allowed.put("settings", List.of("profile", "validation", "mfa"));
        allowed.put("keys", List.of("settings", "profile", "validation", "mfa", "files"));
        allowed.put("session", List.of("profile", "files", "cache", "settings", "validation", "time", "mfa", "keys"));
        allowed.put("sts", List.of("session", "settings", "mfa", "validation", "time"));
        allowed.put("console", List.of("session", "settings", "files", "profile", "validation", "keys"));
        allowed.put("cli", List.of("session", "settings", "files", "cache", "profile", "validation", "time", "mfa",
                "exec", "console", "keys"));
        return allowed;
    }

    static List<String> packages() {
        return new ArrayList<>(allowed().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void a_package_depends_only_on_what_its_row_allows(String name) {
        List<String> packages = new ArrayList<>(List.of("java..", "javax..", "dev.awsmfa." + name + ".."));
        for (String other : allowed().get(name)) {
            packages.add("dev.awsmfa." + other + "..");
        }
        if (name.equals("sts")) {
            packages.add("software.amazon.awssdk..");
        }
        if (name.equals("cli")) {
            packages.add("picocli..");
        }
        if (name.equals("exec")) {
            // sun.misc.Signal (jdk.unsupported): the only way Java code catches SIGINT, SIGTERM and SIGHUP.
            packages.add("sun.misc..");
        }
        classes().that().resideInAPackage("dev.awsmfa." + name + "..")
                .should().onlyDependOnClassesThat(resideInAnyPackage(packages.toArray(String[]::new))
                        .or(belongToAnyOf(SHARED)).or(belongToAnyOf(cliMayUse(name))).or(ARRAYS))
                .check(MAIN);
    }

    private static Class<?>[] cliMayUse(String name) {
        return name.equals("cli") ? new Class<?>[] {Services.class} : new Class<?>[0];
    }

    @Test
    void picocli_is_used_by_cli_alone() {
        noClasses().that().resideOutsideOfPackage("dev.awsmfa.cli..").should().dependOnClassesThat()
                .resideInAPackage("picocli..").check(MAIN);
    }

    @Test
    void the_aws_sdk_is_used_by_sts_alone() {
        noClasses().that().resideOutsideOfPackage("dev.awsmfa.sts..").should().dependOnClassesThat()
                .resideInAPackage("software.amazon.awssdk..").check(MAIN);
    }

    @Test
    void the_shared_types_of_the_root_package_depend_on_nothing_of_awsmfa() {
        classes().that(belongToAnyOf(SHARED)).should().onlyDependOnClassesThat(
                resideInAnyPackage("java..", "com.sun.security.auth..").or(belongToAnyOf(SHARED)).or(ARRAYS)).check(MAIN);
    }

    @Test
    void every_package_has_a_row() {
        List<String> rows = new ArrayList<>(allowed().keySet());
        MAIN.stream().map(c -> c.getPackageName()).distinct().filter(p -> !p.equals("dev.awsmfa"))
                .map(p -> p.substring("dev.awsmfa.".length()).split("\\.")[0])
                .forEach(p -> org.junit.jupiter.api.Assertions.assertTrue(rows.contains(p),
                        "package " + p + " has no row in docs/architecture.md and ArchitectureTest"));
    }
}
