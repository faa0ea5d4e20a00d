package vn.truongso.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's layering, as far as it holds today: {@code admin} on top, {@code http} and {@code db} below the sync
 * and staff features, picocli only in {@code admin}, no app code. Not yet: {@code http}'s ServerContext still names the trust and school services,
 * and {@code school} and {@code trust} use each other (a school is created with its CA).
 */
class ServerArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.truongso.server");
    }

    @Test
    void nothingButTheMainClassReachesUpToTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("vn.truongso.server.admin..")
                .and().doNotHaveFullyQualifiedName(SyncServerMain.class.getName())
                .should().dependOnClassesThat().resideInAPackage("vn.truongso.server.admin..").check(classes);
    }

    @Test
    void theWebServerDoesNotKnowTheSyncOrStaffFeatures() {
        noClasses().that().resideInAnyPackage("vn.truongso.server.http..", "vn.truongso.server.db..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.truongso.server.sync..",
                        "vn.truongso.server.staff..")
                .because("features plug their routes into http (SyncServers lists them), not the other way")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("vn.truongso.server.admin..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
    }

    @Test
    void theServerDependsOnNoAppCode() {
        noClasses().should().dependOnClassesThat().resideInAPackage("vn.truongso.app..").check(classes);
    }
}
