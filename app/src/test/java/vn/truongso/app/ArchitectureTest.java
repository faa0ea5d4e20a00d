package vn.truongso.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of the app: views over view models over services, features free of cycles. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.truongso");
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        classes().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Model")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
                .because("view models are tested without a window").check(classes);
    }

    @Test
    void coreDoesNotKnowTheApp() {
        noClasses().that().resideInAPackage("vn.truongso.core..")
                .should().dependOnClassesThat().resideInAPackage("vn.truongso.app..")
                .check(classes);
    }

    @Test
    void coreHasNoUiOrDatabase() {
        noClasses().that().resideInAPackage("vn.truongso.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.h2..")
                .check(classes);
    }

    @Test
    void servicesAndStoreDoNotDependOnViews() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().resideInAPackage("vn.truongso.app.store..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("ViewModel")
                .orShould().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void featuresAreFreeOfCycles() {
        // The root package (AppServices, the window that wires features together) is outside every slice.
        slices().matching("vn.truongso.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void featuresDoNotUseEachOthersScreens() {
        // A feature may use another's contracts (services, records) but never its views or view models.
        noClasses().that().resideInAnyPackage("vn.truongso.app.(*)..")
                .and().resideOutsideOfPackage("vn.truongso.app")
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                        "use a view or view model of another feature") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item,
                                      com.tngtech.archunit.lang.ConditionEvents events) {
                        for (var dependency : item.getDirectDependenciesFromSelf()) {
                            var target = dependency.getTargetClass();
                            boolean screen = target.getSimpleName().endsWith("View")
                                    || target.getSimpleName().endsWith("ViewModel");
                            if (screen && target.getPackageName().startsWith("vn.truongso.app.")
                                    && !target.getPackageName().equals(item.getPackageName())) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                        dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }
}
