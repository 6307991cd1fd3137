package edu.lifecycle.servicekit.ledger.web;

import edu.lifecycle.servicekit.command.CommandGateway;
import edu.lifecycle.servicekit.command.CommandResponses;
import edu.lifecycle.servicekit.command.IdempotencyKey;
import edu.lifecycle.servicekit.ledger.stream.AccountAggregate;
import edu.lifecycle.servicekit.ledger.stream.AccountCommandFormat;
import edu.lifecycle.servicekit.ledger.stream.AccountView;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import edu.lifecycle.servicekit.security.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: open, deposit, withdraw, read. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    private final CommandGateway commands;
    private final KeyQueryRouter queries;

    AccountController(CommandGateway commands, KeyQueryRouter queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Object> open(
            @Valid @RequestBody AccountRequests.OpenAccount request, @IdempotencyKey String idempotencyKey) {
        // A student may open their own account only (the test service's student rule, checked here).
        Callers.requireOwnStudent(request.accountId());
        var submission = commands.submit(idempotencyKey, AccountCommandFormat.CODEC, request::toCommand);
        return CommandResponses.created(submission, URI.create("/api/v1/accounts/" + request.accountId()));
    }

    @PostMapping("/{accountId}/deposits")
    ResponseEntity<Object> deposit(
            @PathVariable String accountId,
            @Valid @RequestBody AccountRequests.Amount request,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(
                idempotencyKey, AccountCommandFormat.CODEC, meta -> request.toDeposit(meta, accountId)));
    }

    @PostMapping("/{accountId}/withdrawals")
    ResponseEntity<Object> withdraw(
            @PathVariable String accountId,
            @Valid @RequestBody AccountRequests.Amount request,
            @IdempotencyKey String idempotencyKey) {
        return CommandResponses.ok(commands.submit(
                idempotencyKey, AccountCommandFormat.CODEC, meta -> request.toWithdrawal(meta, accountId)));
    }

    @GetMapping("/{accountId}")
    ResponseEntity<?> account(@PathVariable String accountId, HttpServletRequest request) {
        return queries.get(
                request,
                AccountAggregate.STATE_STORE,
                accountId,
                AccountView::of,
                "There is no account " + accountId + ".");
    }
}
