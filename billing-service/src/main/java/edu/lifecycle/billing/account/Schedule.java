package edu.lifecycle.billing.account;

import edu.lifecycle.billing.account.AccountEvent.CashPlanChosen;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What the account charges, line by line, and what was paid on each line by whom. */
public record Schedule(List<ScheduleLine> lines) {

    /** The deposit first, whatever its date; then the oldest due date; then the schedule's order. */
    private static final Comparator<ScheduleLine> PAYMENT_ORDER = Comparator.comparing(
                    (ScheduleLine line) -> line.kind() != LineKind.DEPOSIT)
            .thenComparing(ScheduleLine::dueOn)
            .thenComparingInt(ScheduleLine::sequence);

    public Schedule {
        lines = List.copyOf(lines);
    }

    public Optional<ScheduleLine> line(String lineId) {
        return lines.stream().filter(line -> line.lineId().equals(lineId)).findFirst();
    }

    /** What is still owed on the schedule. */
    public BigDecimal owed() {
        return Money.sum(lines.stream().map(ScheduleLine::outstanding).toList());
    }

    /** What the lines hold of the money {@code from} paid. */
    public BigDecimal heldFrom(Payer from) {
        return Money.sum(lines.stream().map(line -> line.paidBy(from)).toList());
    }

    /** A live cash line: the cash plan was chosen and has not ended. */
    public boolean onCashPlan() {
        return lines.stream().anyMatch(line -> line.kind() == LineKind.CASH && line.live());
    }

    /** Lines still owing something in the order payments settle them: the deposit first, then oldest due first. */
    public List<ScheduleLine> openLinesInPaymentOrder() {
        return lines.stream()
                .filter(line -> line.outstanding().signum() > 0)
                .sorted(PAYMENT_ORDER)
                .toList();
    }

    Schedule withLine(String lineId, UnaryOperator<ScheduleLine> change) {
        return new Schedule(lines.stream()
                .map(line -> line.lineId().equals(lineId) ? change.apply(line) : line)
                .toList());
    }

    Schedule withEachLine(UnaryOperator<ScheduleLine> change) {
        return new Schedule(lines.stream().map(change).toList());
    }

    /** The lines the cash plan replaces, and after them the cash line. */
    Schedule withCashPlan(CashPlanChosen chosen) {
        var changed = new ArrayList<ScheduleLine>();
        for (var line : lines) {
            changed.add(chosen.replacedLineIds().contains(line.lineId()) ? line.replace() : line);
        }
        int sequence = lines.stream().mapToInt(ScheduleLine::sequence).max().orElse(0) + 1;
        changed.add(ScheduleLine.due(chosen.cashLineId(), LineKind.CASH, sequence, chosen.amountDue(), chosen.dueOn()));
        return new Schedule(changed);
    }

    /** The live cash line cancelled and the lines it replaced owed again. */
    Schedule withoutCashPlan() {
        return withEachLine(line -> line.kind() == LineKind.CASH && line.live() ? line.cancel() : line)
                .withEachLine(line -> line.replaced() ? line.reinstate() : line);
    }

    /** {@code credit} from {@code from} paid onto the lines still owed, in payment order, as far as it goes. */
    Schedule withCredit(Payer from, BigDecimal credit) {
        var changed = this;
        var left = credit;
        for (var line : openLinesInPaymentOrder()) {
            if (left.signum() == 0) {
                break;
            }
            var part = left.min(line.outstanding());
            changed = changed.withLine(line.lineId(), open -> open.pay(from, part));
            left = left.subtract(part);
        }
        return changed;
    }
}
