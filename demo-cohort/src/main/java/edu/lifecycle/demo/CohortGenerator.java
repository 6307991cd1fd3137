package edu.lifecycle.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a cohort from a seed: a realistic mix of applicants (some ineligible, some rejected), of streams and
 * schemes, of payers (cash, instalments, late, never), of placements, of results and of careers. Pure: no I/O.
 */
public final class CohortGenerator {

    private static final List<String> FIRST_NAMES = List.of(
            "Camille", "Louis", "Chloé", "Hugo", "Inès", "Lucas", "Léa", "Nathan", "Manon", "Théo", "Sarah", "Jules",
            "Emma", "Arthur", "Zoé", "Adam", "Jade", "Gabriel", "Lina", "Raphaël", "Yasmine", "Malo");
    private static final List<String> LAST_NAMES = List.of(
            "Martin",
            "Bernard",
            "Dubois",
            "Thomas",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Simon",
            "Laurent",
            "Lefebvre",
            "Michel",
            "Garcia",
            "David",
            "Bertrand",
            "Roux",
            "Vincent",
            "Fournier");
    private static final List<String> SECTORS = List.of(
            "STATE_CIVIL_SERVICE",
            "TERRITORIAL_CIVIL_SERVICE",
            "DEFENCE_INDUSTRY",
            "CORPORATE_SECURITY",
            "CONSULTING",
            "SECURITY_SERVICES_COMPANY",
            "INTERNATIONAL_ORGANISATION",
            "THINK_TANK",
            "OTHER");

    private CohortGenerator() {}

    public static List<StudentPlan> generate(long seed, int size) {
        var random = new SplittableRandom(seed);
        var plans = new ArrayList<StudentPlan>(size);
        for (int i = 1; i <= size; i++) {
            plans.add(student(i, random.split()));
        }
        return plans;
    }

    private static StudentPlan student(int index, SplittableRandom random) {
        var id = "s%05d".formatted(index);
        var first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        var last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        boolean ineligible = random.nextInt(100) < 10;
        int ects = ineligible ? 180 + 10 * random.nextInt(5) : 240 + 30 * random.nextInt(3);
        boolean apprentice = random.nextInt(100) < 25;
        // Abilities spread from 8 to 18 out of 20, so every mention and a few failures appear.
        var ability = BigDecimal.valueOf(800 + random.nextInt(1001), 2);
        return new StudentPlan(
                id,
                first + " " + last,
                (first + "." + last + "." + index + "@example.org")
                        .toLowerCase()
                        .replace("é", "e")
                        .replace("è", "e")
                        .replace("ë", "e")
                        .replace("ï", "i"),
                ects,
                ineligible && random.nextInt(100) < 25,
                ability,
                random.nextInt(100) < 12,
                random.nextBoolean() ? "RESEARCH" : "PROFESSIONAL",
                apprentice ? "APPRENTICESHIP" : "INITIAL",
                random.nextInt(100) < 5,
                random.nextInt(100) < 4,
                !apprentice && random.nextInt(100) < 20,
                random.nextInt(100) < 15,
                random.nextInt(100) < 5,
                !apprentice && random.nextInt(100) < 10,
                random.nextInt(100) < 8,
                random.nextInt(100) < 6,
                SECTORS.get(random.nextInt(SECTORS.size())),
                1 + random.nextInt(9));
    }

    /**
     * A mark out of 20 scattered ±3 around the student's ability (a resit adds 3: the student worked), reproducible
     * per student, course and attempt. Computed in hundredths: marks are exact decimals like everything else.
     */
    public static BigDecimal mark(StudentPlan plan, String course, int attempt) {
        var random = new SplittableRandom((plan.studentId() + "/" + course + "/" + attempt).hashCode());
        int hundredths = plan.ability().movePointRight(2).intValueExact() + random.nextInt(-300, 301) + 300 * attempt;
        return BigDecimal.valueOf(Math.max(0, Math.min(2000, hundredths)), 2);
    }
}
