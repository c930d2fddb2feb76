package org.carepath.pathway;

import java.util.List;
import java.util.Set;

/** The agency group ids: candidate groups of tasks and the ids used across the API. */
public final class Agencies {

  public static final String CHILDRENS_SOCIAL_CARE = "children-social-care";
  public static final String MIDWIFERY = "midwifery";
  public static final String HEALTH_VISITING = "health-visiting";
  public static final String DRUG_ALCOHOL_SERVICE = "drug-alcohol-service";
  public static final String YOUNG_PEOPLES_DRUG_SERVICE = "young-peoples-drug-service";
  public static final String GP = "gp";
  public static final String SCHOOL = "school";
  public static final String EARLY_YEARS = "early-years";
  public static final String HOUSING = "housing";
  public static final String DOMESTIC_ABUSE = "domestic-abuse";
  public static final String MARAC = "marac";
  public static final String POLICE = "police";
  public static final String PROBATION = "probation";
  public static final String VOLUNTARY_SECTOR = "voluntary-sector";
  public static final String YOUNG_CARERS = "young-carers";

  /** Child and adolescent mental health services (Hidden Harm recommendation 38). */
  public static final String CAMHS = "camhs";

  /** In a stable order, for forms and listings. */
  public static final List<String> ALL =
      List.of(
          CHILDRENS_SOCIAL_CARE,
          MIDWIFERY,
          HEALTH_VISITING,
          DRUG_ALCOHOL_SERVICE,
          YOUNG_PEOPLES_DRUG_SERVICE,
          GP,
          SCHOOL,
          EARLY_YEARS,
          HOUSING,
          DOMESTIC_ABUSE,
          MARAC,
          POLICE,
          PROBATION,
          VOLUNTARY_SECTOR,
          YOUNG_CARERS,
          CAMHS);

  private static final Set<String> IDS = Set.copyOf(ALL);

  private static final java.util.Map<String, String> NAMES =
      java.util.Map.ofEntries(
          java.util.Map.entry(CHILDRENS_SOCIAL_CARE, "Children's social care"),
          java.util.Map.entry(MIDWIFERY, "Midwifery"),
          java.util.Map.entry(HEALTH_VISITING, "Health visiting"),
          java.util.Map.entry(DRUG_ALCOHOL_SERVICE, "Drug and alcohol service"),
          java.util.Map.entry(YOUNG_PEOPLES_DRUG_SERVICE, "Young people's drug service"),
          java.util.Map.entry(GP, "GP"),
          java.util.Map.entry(SCHOOL, "School"),
          java.util.Map.entry(EARLY_YEARS, "Early years and nursery"),
          java.util.Map.entry(HOUSING, "Housing"),
          java.util.Map.entry(DOMESTIC_ABUSE, "Domestic abuse service"),
          java.util.Map.entry(MARAC, "MARAC"),
          java.util.Map.entry(POLICE, "Police"),
          java.util.Map.entry(PROBATION, "Probation"),
          java.util.Map.entry(VOLUNTARY_SECTOR, "Voluntary and community sector"),
          java.util.Map.entry(YOUNG_CARERS, "Young carers service"),
          java.util.Map.entry(CAMHS, "Child and adolescent mental health service"));

  /** The agency as practitioners call it ("Children's social care"); an unknown id as it is. */
  public static String name(String id) {
    return NAMES.getOrDefault(id, id);
  }

  public static boolean isAgency(String id) {
    return id != null && IDS.contains(id);
  }

  private Agencies() {}
}
