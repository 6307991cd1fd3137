package edu.lifecycle.placement.placement;

import static org.assertj.core.api.Assertions.assertThat;

import edu.lifecycle.placement.placement.PlacementEvent.ExperienceRequirementMet;
import edu.lifecycle.placement.placement.PlacementEvent.InternshipAgreementSigned;
import edu.lifecycle.placement.placement.PlacementEvent.PlacementValidated;
import edu.lifecycle.placement.placement.PlacementEvent.WorkStudyContractSigned;
import edu.lifecycle.servicekit.decision.Decision;
import edu.lifecycle.testing.Trials;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The experience rules over random command sequences at random dates: the months validated are the sum of the
 * validated placements, each counting the time it actually ran; the requirement is met exactly when that sum
 * reaches it, and said so once; nothing that ended before the academic year is signed or validated for it.
 */
class ExperienceInvariantsTest {

    private static final PlacementDecider DECIDER = new PlacementDecider(Programmes.catalog(), Programmes.calendar());
    private static final Instant START = Instant.parse("2026-09-01T08:00:00Z");
    private static final LocalDate EARLIEST = LocalDate.parse("2026-01-01");
    private static final String YEAR = "2026-2027";
    private static final LocalDate YEAR_START = LocalDate.parse("2026-09-01");

    @Test
    void validatedMonthsAreTheSumOfValidatedPlacementsAndMeetTheRequirementExactlyWhenTheyReachIt() {
        var met = new AtomicInteger();
        var unmet = new AtomicInteger();
        Trials.check(1_000, (random, steps) -> {
            var student = new Student(random, steps);
            for (int step = 0; step < 20 + random.nextInt(60); step++) {
                student.next();
            }
            (student.metEvents == 1 ? met : unmet).incrementAndGet();
        });
        // Both outcomes must be common, or the property says little about the threshold.
        assertThat(met.get()).as("cases meeting the requirement").isGreaterThan(100);
        assertThat(unmet.get()).as("cases short of it").isGreaterThan(100);
    }

    /** One student's placements: random commands at a clock that moves on by up to three weeks between them. */
    private static final class Student {

        private final SplittableRandom random;
        private final List<String> steps;
        private Optional<PlacementRecord> state = Optional.empty();
        private Instant now = START;
        private BigDecimal validated = Months.ZERO;
        private int metEvents;
        private int ids;

        Student(SplittableRandom random, List<String> steps) {
            this.random = random;
            this.steps = steps;
        }

        void next() {
            now = now.plus(Duration.ofHours(random.nextInt(21 * 24)));
            var command = command();
            var decision = DECIDER.decide(state, command);
            steps.add(now + " " + command + " -> " + outcome(decision));
            if (!(decision instanceof Decision.Accepted<PlacementEvent> accepted)) {
                return;
            }
            for (PlacementEvent event : accepted.events()) {
                if (event instanceof PlacementValidated done) {
                    var placement = state.flatMap(record -> record.placement(done.placementId()))
                            .orElseThrow();
                    assertThat(done.validatedMonths())
                            .as("the months the placement ran")
                            .isEqualByComparingTo(Months.between(placement.startOn(), placement.lastDay()));
                    assertThat(placement.lastDay()).as("last day worked").isAfterOrEqualTo(YEAR_START);
                    validated = validated.add(done.validatedMonths());
                }
                if (event instanceof InternshipAgreementSigned signed) {
                    assertThat(signed.endOn()).isAfterOrEqualTo(YEAR_START);
                }
                if (event instanceof WorkStudyContractSigned signed) {
                    assertThat(signed.endOn()).isAfterOrEqualTo(YEAR_START);
                }
                if (event instanceof ExperienceRequirementMet requirement) {
                    metEvents++;
                    assertThat(requirement.totalValidatedMonths()).isEqualByComparingTo(validated);
                }
                state = Optional.of(DECIDER.evolve(state, event));
            }
            if (state.isEmpty()) {
                return; // a withdrawal before any enrollment: nothing to close
            }
            var record = state.get();
            assertThat(record.validatedMonths()).as("validated months").isEqualByComparingTo(validated);
            assertThat(metEvents).as("ExperienceRequirementMet published").isLessThanOrEqualTo(1);
            assertThat(record.requirementMetAt().isPresent())
                    .as("requirement met with %s of %s months", validated, record.requiredMonths())
                    .isEqualTo(validated.compareTo(record.requiredMonths()) >= 0);
        }

        private PlacementCommand command() {
            var id = "c-" + ids++;
            var student = "stu-1";
            if (random.nextInt(400) == 0) {
                return new PlacementCommand.CloseRecord(id, student, now, "withdrawn");
            }
            int kind = random.nextInt(100);
            if (kind < 3 || (ids == 1 && random.nextInt(5) != 0)) {
                return new PlacementCommand.OpenRecord(
                        id, student, now, random.nextInt(20) == 0 ? "M2-XYZ" : "M2-ISD", YEAR);
            }
            if (kind < 33) {
                var startOn = day(EARLIEST, 640);
                return new PlacementCommand.SignInternship(
                        id,
                        student,
                        now,
                        "agr-" + id,
                        "Ministère des Armées",
                        Sector.STATE_CIVIL_SERVICE,
                        "Analyst",
                        startOn,
                        startOn.plusDays(60 + random.nextInt(180)),
                        true,
                        "Colonel Dupuis");
            }
            if (kind < 41) {
                var startOn = day(EARLIEST, 540);
                return new PlacementCommand.SignWorkStudyContract(
                        id, student, now, "ctr-" + id, "Thales", startOn, startOn.plusDays(90 + random.nextInt(900)));
            }
            var placement = somePlacement();
            if (kind < 51) {
                var endedOn = placement
                        .map(known -> known.startOn().plusDays(random.nextInt(-10, 200)))
                        .orElse(day(EARLIEST, 640));
                return new PlacementCommand.EndEarly(
                        id, student, now, placement.map(Placement::placementId).orElse("agr-x"), endedOn, "ended");
            }
            var mark = random.nextInt(20) == 0 ? new BigDecimal("20.5") : BigDecimal.valueOf(random.nextInt(2_001), 2);
            return new PlacementCommand.Validate(
                    id, student, now, placement.map(Placement::placementId).orElse("agr-x"), mark);
        }

        private Optional<Placement> somePlacement() {
            var placements = state.map(PlacementRecord::placements).orElse(List.of());
            if (placements.isEmpty() || random.nextInt(20) == 0) {
                return Optional.empty();
            }
            return Optional.of(placements.get(random.nextInt(placements.size())));
        }

        private LocalDate day(LocalDate from, int days) {
            return from.plusDays(random.nextInt(days));
        }

        private static String outcome(Decision<PlacementEvent> decision) {
            if (decision instanceof Decision.Rejected<PlacementEvent> rejected) {
                return "refused " + rejected.rejection().rule();
            }
            var names = new ArrayList<String>();
            ((Decision.Accepted<PlacementEvent>) decision)
                    .events()
                    .forEach(event -> names.add(event.getClass().getSimpleName()));
            return names.toString();
        }
    }
}
