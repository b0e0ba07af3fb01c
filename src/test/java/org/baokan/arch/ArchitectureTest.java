package org.baokan.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The one-way dependencies of docs/decisions/0002: model ← ingest ← store ← services ← ui/cli,
 * with rendering a pure function of the model.
 */
@AnalyzeClasses(packages = "org.baokan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The layers of decision 0002, each with the layers it may be used by. Model is the vocabulary
     * every layer shares; the launcher ({@code org.baokan.Main}) is above everything.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Launcher").definedBy("org.baokan")
            .layer("Cli").definedBy("org.baokan.cli..")
            .layer("Ui").definedBy("org.baokan.ui..")
            .layer("Export").definedBy("org.baokan.export..")
            .layer("Render").definedBy("org.baokan.render..")
            .layer("Entities").definedBy("org.baokan.entities..")
            .layer("Archive").definedBy("org.baokan.archive..")
            .layer("Search").definedBy("org.baokan.search..")
            .layer("Store").definedBy("org.baokan.store..")
            .layer("Format").definedBy("org.baokan.format..")
            .layer("Ingest").definedBy("org.baokan.ingest..")
            .layer("Model").definedBy("org.baokan.model..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Cli", "Ui")
            .whereLayer("Render").mayOnlyBeAccessedByLayers("Export", "Cli", "Ui")
            .whereLayer("Entities").mayOnlyBeAccessedByLayers("Export", "Cli", "Ui")
            .whereLayer("Archive").mayOnlyBeAccessedByLayers("Entities", "Cli", "Ui")
            .whereLayer("Search").mayOnlyBeAccessedByLayers("Export", "Cli", "Ui")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Search", "Archive", "Entities", "Export", "Cli", "Ui")
            .whereLayer("Format").mayOnlyBeAccessedByLayers("Store", "Entities", "Export", "Cli", "Ui")
            .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Store", "Archive", "Entities", "Cli", "Ui")
            .because("data flows one way (decision 0002): parsing never touches SQL, rendering is a function of "
                    + "the model, and neither the desktop nor the command line is used by what they show");

    /** The window ({@code org.baokan.ui}) wires the features together; they meet only in {@code ui.common}. */
    @ArchTest
    static final ArchRule uiFeaturesDoNotDependOnEachOther = slices().matching("org.baokan.ui.(*)..")
            .namingSlices("ui.$1")
            .as("ui features")
            .should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), resideInAPackage("org.baokan.ui.common.."))
            .because("each feature's views follow AppState, not each other (decision 0011); what one feature "
                    + "hands another is passed in by MainWindow");

    @ArchTest
    static final ArchRule theModelUsesNoLibraryButJacksonAnnotations = classes().that().resideInAPackage("org.baokan.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.baokan.model..", "java..",
                    "com.fasterxml.jackson.annotation..")
            .because("the model is the vocabulary every other package shares");

    @ArchTest
    static final ArchRule parsingUsesNoLibraryButIcu = classes().that().resideInAPackage("org.baokan.ingest..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.baokan.ingest..", "org.baokan.model..",
                    "java..", "com.ibm.icu..")
            .because("parsing is a pure function from bytes to the model");

    @ArchTest
    static final ArchRule renderingUsesNoLibrary = classes().that().resideInAPackage("org.baokan.render..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.baokan.render..", "org.baokan.model..", "java..")
            .because("the screen, the printer and the PDF show the same HTML, built from the model alone");

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
