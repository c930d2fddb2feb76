package org.carepath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package by feature, verified: no cycles, shared vocabulary and setup depend on no feature. */
class ModularityTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.carepath");

  private static final String[] FEATURES = {
    "org.carepath.cases..",
    "org.carepath.level..",
    "org.carepath.consent..",
    "org.carepath.concern..",
    "org.carepath.review..",
    "org.carepath.casefile..",
    "org.carepath.routing..",
    "org.carepath.handoff..",
    "org.carepath.sharing..",
    "org.carepath.stage..",
    "org.carepath.twintrack..",
    "org.carepath.recovery..",
    "org.carepath.work..",
    "org.carepath.chronology..",
    "org.carepath.workspace..",
    "org.carepath.reports..",
    "org.carepath.dashboard..",
    "org.carepath.audit..",
    "org.carepath.deadlines..",
    "org.carepath.findings..",
    "org.carepath.models..",
    "org.carepath.access..",
    "org.carepath.subjectaccess..",
    "org.carepath.retention..",
    "org.carepath.operations.."
  };

  @Test
  void featuresFormNoCycles() {
    slices().matching("org.carepath.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void thePathwayVocabularyDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.carepath.pathway..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.carepath.system..")
        .check(CLASSES);
  }

  @Test
  void rowMappingDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.carepath.jdbc..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.carepath.system..")
        .check(CLASSES);
  }

  @Test
  void crossCuttingSetupDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.carepath.system..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES)
        .check(CLASSES);
  }

  @Test
  void onlyTheEngineSeamFeaturesTouchEngineInternals() {
    // Engine impl classes are the part a move to a fork (Operaton, CIB seven) would break first;
    // model deployment hooks into the engine's deployers; operations counts the engine's meters.
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.carepath.system..",
            "org.carepath.pathway..",
            "org.carepath.models..",
            "org.carepath.operations..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.camunda.bpm.engine.impl..")
        .check(CLASSES);
  }
}
