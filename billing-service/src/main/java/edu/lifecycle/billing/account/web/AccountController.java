package edu.lifecycle.billing.account.web;

import edu.lifecycle.billing.account.AccountCommand;
import edu.lifecycle.billing.account.stream.AccountCommandFormat;
import edu.lifecycle.billing.account.stream.AccountLedger;
import edu.lifecycle.billing.account.stream.AccountView;
import edu.lifecycle.billing.account.stream.LedgerEntry;
import edu.lifecycle.billing.config.BillingProperties;
import edu.lifecycle.billing.web.BadRequests;
import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandResponses;
import edu.lifecycle.servicekit.command.IdempotencyKey;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A student's tuition account. It opens by itself on enrollment; payments and the cash plan are commands decided on
 * Kafka: 200 with the account as it now stands, a problem naming the refusing rule, or 202 with a link to the
 * pending outcome.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Tuition accounts", description = "Schedule, payments, cash plan, refunds, overdue lines, reimbursement")
class AccountController {

    private final CommandGateway commands;
    private final KeyQueryRouter queries;
    private final Clock clock;
    private final Duration receivedAtSkew;

    AccountController(CommandGateway commands, KeyQueryRouter queries, Clock clock, BillingProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.receivedAtSkew = properties.receivedAtSkew();
    }

    @GetMapping("/{studentId}")
    @ApiResponse(
            responseCode = "200",
            description = "The account as it now stands",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @Operation(
            summary = "A student's account",
            description = "Fee, discount, paid, reimbursed, balance, payer, each schedule line with its status "
                    + "(PAID, DUE, OVERDUE, CANCELLED) and each payment with its allocation.")
    ResponseEntity<?> account(@PathVariable String studentId, HttpServletRequest request) {
        // The read model folded from billing.events, not the aggregate's own state: commands answer with the
        // aggregate's view at once, queries show what the published events say.
        return queries.<LedgerEntry>get(
                request,
                AccountLedger.STORE,
                studentId,
                entry -> AccountView.of(entry.account()),
                "No tuition account for student " + studentId + ".");
    }

    @PostMapping("/{studentId}/payments")
    @ApiResponse(
            responseCode = "200",
            description = "The account as it now stands",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @Operation(
            summary = "Record a payment",
            description = "The payment settles the deposit first, then the oldest due lines; any surplus is kept as "
                    + "credit. The same payment reference twice is the same payment: it changes nothing the second "
                    + "time. 400 for a `receivedAt` in the future; 409 `employer-pays-tuition` for a student's "
                    + "payment once an employer pays; 422 `payment-received-before-account-opened`.")
    ResponseEntity<Object> recordPayment(
            @PathVariable String studentId,
            @Valid @RequestBody AccountRequests.RecordPayment body,
            @IdempotencyKey String idempotencyKey) {
        var latest = clock.instant().plus(receivedAtSkew);
        if (body.receivedAt().isAfter(latest)) {
            throw BadRequests.field(
                    "receivedAt", "must not be in the future (later than " + latest + "), not " + body.receivedAt());
        }
        return CommandResponses.ok(
                commands.submit(idempotencyKey, AccountCommandFormat.CODEC, meta -> body.toCommand(meta, studentId)));
    }

    @PostMapping("/{studentId}/cash-plan")
    @ApiResponse(
            responseCode = "200",
            description = "The account as it now stands",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @Operation(
            summary = "Choose the cash plan",
            description = "Before any instalment is paid: the tuition less the cash discount, less what was already "
                    + "paid, falls due at once and replaces the open lines.")
    ResponseEntity<Object> chooseCashPlan(@PathVariable String studentId, @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(
                idempotencyKey,
                AccountCommandFormat.CODEC,
                meta -> new AccountCommand.ChooseCashPlan(meta.commandId(), studentId, meta.issuedAt())));
    }

    @PostMapping("/{studentId}/refunds")
    @ApiResponse(
            responseCode = "200",
            description = "The account as it now stands",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @Operation(
            summary = "Refund credit (bursar)",
            description = "Pays back part or all of the credit of the student or the employer: money received that "
                    + "no schedule line needs. 422 `refund-exceeds-credit` for more than that. The same refund "
                    + "reference twice is the same refund.")
    ResponseEntity<Object> refundCredit(
            @PathVariable String studentId,
            @Valid @RequestBody AccountRequests.RefundCredit body,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(
                commands.submit(idempotencyKey, AccountCommandFormat.CODEC, meta -> body.toCommand(meta, studentId)));
    }
}
