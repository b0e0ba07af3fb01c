package org.baokan.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one-way dependencies of docs/decisions/0002: model ← ingest ← store ← services ← ui/cli,
 * with rendering a pure function of the model.
 */
@AnalyzeClasses(packages = "org.baokan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingInTheApp = classes().that().resideInAPackage("org.baokan.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.baokan.model..", "java..",
                    "com.fasterxml.jackson.annotation..")
            .because("the model is the vocabulary every other package shares");

    @ArchTest
    static final ArchRule ingestDependsOnlyOnTheModel = classes().that().resideInAPackage("org.baokan.ingest..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.baokan.ingest..", "org.baokan.model..",
                    "java..", "com.ibm.icu..")
            .because("parsing is a pure function from bytes to the model");

    @ArchTest
    static final ArchRule entitiesSeeNoUiNorCommandLine = classes().that().resideInAPackage("org.baokan.entities..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.baokan.entities..", "org.baokan.model..",
                    "org.baokan.ingest..", "org.baokan.store..", "org.baokan.archive..", "org.baokan.format..", "java..",
                    "com.ibm.icu..", "com.fasterxml.jackson..")
            .because("people, places and timelines are read from the model and the archive, never from a screen");

    @ArchTest
    static final ArchRule renderingIsAFunctionOfTheModel = classes().that().resideInAPackage("org.baokan.render..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.baokan.render..", "org.baokan.model..", "java..")
            .because("the screen, the printer and the PDF show the same HTML, built from the model alone");

    @ArchTest
    static final ArchRule exportSeesNoUiNorCommandLine = noClasses().that().resideInAPackage("org.baokan.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.baokan.ui..", "org.baokan.cli..", "javafx..")
            .because("the desktop and the command line export through the same code, which knows neither");

    @ArchTest
    static final ArchRule viewModelsNeedNoScreen = classes().that().haveSimpleNameEndingWith("ViewModel")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("javafx.scene..", "javafx.stage..")
            .because("ViewModels are tested without the FX toolkit: properties, yes; nodes and windows, no");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.baokan.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses().that().resideOutsideOfPackage("org.baokan.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("the store package owns all SQL");

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage("org.baokan.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only the desktop UI touches JavaFX");

    @ArchTest
    static final ArchRule stdoutOnlyInCli = noClasses().that().resideOutsideOfPackage("org.baokan.cli..")
            .should().accessField(System.class, "out")
            .because("only the command line prints; everything else returns values");
}
