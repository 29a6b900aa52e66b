package org.kgexplorer.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers: core knows no UI; the command line and the UI know core, not each other; app wires them. */
@AnalyzeClasses(packages = "org.kgexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
    @ArchTest
    static final ArchRule coreHasNoDesktopCode = noClasses().that().resideInAPackage("org.kgexplorer.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.fxmisc..", "org.graphstream.ui.fx_viewer..", "org.graphstream.ui.javafx..",
                    "org.graphstream.ui.view..")
            .because("core runs headless: the command line, tests and benchmarks use it without a display");

    @ArchTest
    static final ArchRule coreKnowsNoFrontEnd = noClasses().that().resideInAPackage("org.kgexplorer.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kgexplorer.cli..", "org.kgexplorer.ui..",
                    "org.kgexplorer.app..");

    @ArchTest
    static final ArchRule cliKnowsNoUi = noClasses().that().resideInAPackage("org.kgexplorer.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kgexplorer.ui..", "org.kgexplorer.app..", "javafx..");

    @ArchTest
    static final ArchRule uiKnowsNoCliOrApp = noClasses().that().resideInAPackage("org.kgexplorer.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kgexplorer.cli..", "org.kgexplorer.app..");
}
