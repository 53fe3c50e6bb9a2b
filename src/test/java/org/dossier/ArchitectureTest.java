package org.dossier;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies flow one way (docs/ARCHITECTURE.md): web -> search / index -> solr + model, and
 * ingest -> extract -> model; cli wires everything together and nothing depends on it.
 */
@AnalyzeClasses(packages = "org.dossier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("org.dossier.cli..")
            .layer("web").definedBy("org.dossier.web..")
            .layer("search").definedBy("org.dossier.search..")
            .layer("index").definedBy("org.dossier.index..")
            .layer("solr").definedBy("org.dossier.solr..")
            .layer("ingest").definedBy("org.dossier.ingest..")
            .layer("extract").definedBy("org.dossier.extract..")
            .layer("model").definedBy("org.dossier.model..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("search").mayOnlyBeAccessedByLayers("web", "cli")
            .whereLayer("index").mayOnlyBeAccessedByLayers("web", "cli")
            .whereLayer("solr").mayOnlyBeAccessedByLayers("search", "index", "cli")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("extract").mayOnlyBeAccessedByLayers("ingest", "cli")
            .whereLayer("model").mayOnlyBeAccessedByLayers("index", "ingest", "extract", "search", "web", "cli");

    @ArchTest
    static final ArchRule nothingBelowTheWebKnowsHttp = noClasses()
            .that().resideOutsideOfPackages("org.dossier.web..", "org.dossier.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..");

    @ArchTest
    static final ArchRule extractionKnowsNoSolr = noClasses()
            .that().resideInAnyPackage("org.dossier.extract..", "org.dossier.ingest..", "org.dossier.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.solr..", "org.apache.lucene..");

    @ArchTest
    static final ArchRule searchAndIndexAreIndependent = noClasses()
            .that().resideInAPackage("org.dossier.search..")
            .should().dependOnClassesThat().resideInAPackage("org.dossier.index..");
}
