package org.dossier.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Extraction stays a library: no Solr, no HTTP, no Dossier package other than the model. */
class ExtractDependenciesTest {
    @Test
    void extractDependsOnlyOnTheModel() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dossier.extract");
        noClasses().that().resideInAPackage("org.dossier.extract..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.solr..", "io.javalin..", "org.eclipse.jetty..", "org.dossier.cli..",
                        "org.dossier.search..", "org.dossier.index..", "org.dossier.server..", "org.dossier.web..")
                .check(classes);
    }
}
