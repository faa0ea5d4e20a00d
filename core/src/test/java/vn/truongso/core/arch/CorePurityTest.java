package vn.truongso.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is what app and server must agree on byte for byte: no UI, no database, no network, no files. */
@AnalyzeClasses(packages = "vn.truongso.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CorePurityTest {

    @ArchTest
    static final ArchRule coreHasNoIo = noClasses().that().resideInAPackage("vn.truongso.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.net..", "org.jooq..",
                    "java.nio.file..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .because("core holds pure rules shared by the app and the sync server (DESIGN §2)");
}
