package edu.lifecycle.billing.account.web;

import edu.lifecycle.billing.account.stream.AccountLedger;
import edu.lifecycle.billing.account.stream.AccountView;
import edu.lifecycle.billing.account.stream.LedgerEntry;
import edu.lifecycle.servicekit.query.KeyQueryRouter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Billing's part of a person's right of access (docs/privacy.md): every service answers the same path with what it
 * holds, and a client assembles them. Billing holds the student's tuition account, under their id only.
 */
@RestController
@Tag(name = "Personal data")
class PersonalDataExportController {

    private final KeyQueryRouter queries;

    PersonalDataExportController(KeyQueryRouter queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/students/{studentId}/personal-data/export")
    @Operation(summary = "Everything billing holds about a student (right of access): their tuition account")
    ResponseEntity<?> export(@PathVariable String studentId, HttpServletRequest request) {
        return queries.<LedgerEntry>get(
                request,
                AccountLedger.STORE,
                studentId,
                entry -> new BillingExport("billing", studentId, AccountView.of(entry.account())),
                "Billing holds nothing about student " + studentId + ".");
    }

    record BillingExport(String service, String studentId, AccountView account) {}
}
