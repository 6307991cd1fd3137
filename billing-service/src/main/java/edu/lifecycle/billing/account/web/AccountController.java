package edu.lifecycle.billing.account.web;

import edu.lifecycle.billing.account.stream.AccountCommandTypes;
import edu.lifecycle.billing.account.stream.AccountPayloads;
import edu.lifecycle.billing.account.stream.AccountView;
import edu.lifecycle.billing.receivables.stream.LedgerEntry;
import edu.lifecycle.billing.receivables.stream.ReceivablesStores;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandIds;
import edu.lifecycle.servicekit.command.CommandResponses;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A student's tuition account. It opens by itself on enrollment; payments and the cash plan are commands decided on
 * Kafka: 200 with the account as it now stands, a problem naming the refusing rule, or 202 with a link to the
 * pending outcome.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Tuition accounts", description = "Schedule, payments, cash plan, overdue lines, reimbursement")
class AccountController {

    private final CommandGateway commands;
    private final KeyQueryRouter queries;

    AccountController(CommandGateway commands, KeyQueryRouter queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/{studentId}")
    @Operation(
            summary = "A student's account",
            description = "Fee, discount, paid, reimbursed, balance, payer, each schedule line with its status "
                    + "(PAID, DUE, OVERDUE, CANCELLED) and each payment with its allocation.")
    ResponseEntity<?> account(@PathVariable String studentId, HttpServletRequest request) {
        // The read model folded from billing.events, not the aggregate's own state: commands answer with the
        // aggregate's view at once, queries show what the published events say.
        return queries.<LedgerEntry>get(
                request,
                ReceivablesStores.LEDGER,
                studentId,
                entry -> AccountView.of(entry.account()),
                "No tuition account for student " + studentId + ".");
    }

    @PostMapping("/{studentId}/payments")
    @Operation(
            summary = "Record a payment",
            description = "The payment settles the oldest due lines first; any surplus is kept as credit. The same "
                    + "payment reference twice is the same payment: it changes nothing the second time.")
    ResponseEntity<Object> recordPayment(
            @PathVariable String studentId,
            @Valid @RequestBody AccountPayloads.RecordPayment body,
            @RequestHeader(name = CommandIds.IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey) {
        return CommandResponses.ok(
                commands.submit(idempotencyKey, studentId, AccountCommandTypes.RECORD_PAYMENT, body));
    }

    @PostMapping("/{studentId}/cash-plan")
    @Operation(
            summary = "Choose the cash plan",
            description = "Before any instalment is paid: the tuition less the cash discount, less what was already "
                    + "paid, falls due at once and replaces the open lines.")
    ResponseEntity<Object> chooseCashPlan(
            @PathVariable String studentId,
            @RequestHeader(name = CommandIds.IDEMPOTENCY_KEY_HEADER, required = false) String idempotencyKey) {
        return CommandResponses.ok(
                commands.submit(idempotencyKey, studentId, AccountCommandTypes.CHOOSE_CASH_PLAN, null));
    }
}
