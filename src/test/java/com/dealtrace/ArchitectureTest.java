package com.dealtrace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The packages under {@code com.dealtrace} depend on each other in one direction: each may use the packages listed
 * before it, never one after it. The README's "How it is built" gives the same order.
 */
class ArchitectureTest {

    /** Lowest first. A new package must be placed here, or {@link #everyPackageHasItsPlace()} fails. */
    static final List<String> ORDER = List.of(
            "database", "change", "web", "operations", "security",
            "party", "source", "deal", "event", "watch", "regulation", "confidence",
            "history", "bundle", "api", "search", "feed", "follow", "home", "pick",
            "demo", "bench");

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.dealtrace");

    @Test
    void packagesFormNoCycle() {
        slices().matching("com.dealtrace.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyPackageUsesOnlyThoseBelowIt() {
        for (int i = 0; i < ORDER.size(); i++) {
            String[] above = ORDER.subList(i + 1, ORDER.size()).stream()
                    .map(name -> "com.dealtrace." + name + "..")
                    .toArray(String[]::new);
            if (above.length > 0) {
                noClasses().that().resideInAPackage("com.dealtrace." + ORDER.get(i) + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(above)
                        .because(ORDER.get(i) + " sits below " + String.join(", ", ORDER.subList(i + 1, ORDER.size())))
                        .check(CLASSES);
            }
        }
    }

    @Test
    void everyPackageHasItsPlace() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            String rest = type.getPackageName().substring("com.dealtrace".length());
            if (!rest.isEmpty()) {
                packages.add(rest.substring(1).split("\\.")[0]);
            }
        }
        assertThat(ORDER).containsExactlyInAnyOrderElementsOf(packages);
    }
}
