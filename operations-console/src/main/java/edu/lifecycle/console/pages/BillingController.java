package edu.lifecycle.console.pages;

import edu.lifecycle.console.services.Service;
import edu.lifecycle.console.services.ServiceCalls;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Receivables and the overdue list of a programme year; one account, and the bursar's actions on it. */
@Controller
class BillingController {

    private final ServiceCalls services;
    private final Clock clock;

    BillingController(ServiceCalls services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    @GetMapping(OverviewController.YEAR + "/billing")
    String billing(
            @PathVariable String programme,
            @PathVariable String year,
            @RequestParam(required = false) String after,
            Model model) {
        var api = "/api/v1" + OverviewController.YEAR;
        var receivables = services.start(Service.BILLING, api + "/receivables", programme, year);
        var overduePath = api + "/overdue?limit=25" + (after == null ? "" : "&after={after}");
        var overdue = (after == null
                        ? services.start(Service.BILLING, overduePath, programme, year)
                        : services.start(Service.BILLING, overduePath, programme, year, after))
                .answer();
        model.addAttribute("receivables", Section.of("Receivables", receivables.answer()));
        model.addAttribute("overdue", Section.of("Overdue", overdue));
        model.addAttribute("next", overdue.ok() ? overdue.body().path("next").asString(null) : null);
        PageModel.year(model, programme, year, "billing");
        return "billing";
    }

    @GetMapping("/accounts/{studentId}")
    String account(@PathVariable String studentId, Model model) {
        model.addAttribute("studentId", studentId);
        model.addAttribute(
                "account", Section.of("Account", services.get(Service.BILLING, "/api/v1/accounts/{id}", studentId)));
        model.addAttribute("methods", List.of("TRANSFER", "CARD", "CHEQUE", "CASH"));
        model.addAttribute("payers", List.of("STUDENT", "EMPLOYER"));
        model.addAttribute("now", clock.instant().toString());
        return "account";
    }

    @PostMapping("/accounts/{studentId}/payments")
    String recordPayment(
            @PathVariable String studentId,
            @RequestParam String reference,
            @RequestParam BigDecimal amount,
            @RequestParam String method,
            @RequestParam String payer,
            @RequestParam(required = false) String receivedAt,
            RedirectAttributes redirect) {
        var received = receivedAt == null || receivedAt.isBlank() ? clock.instant() : Instant.parse(receivedAt);
        var body = Map.of(
                "reference", reference,
                "amount", amount,
                "method", method,
                "payer", payer,
                "receivedAt", received.toString());
        return act(studentId, "Record the payment", "/payments", body, redirect);
    }

    @PostMapping("/accounts/{studentId}/cash-plan")
    String chooseCashPlan(@PathVariable String studentId, RedirectAttributes redirect) {
        return act(studentId, "Choose the cash plan", "/cash-plan", Map.of(), redirect);
    }

    @PostMapping("/accounts/{studentId}/refunds")
    String refund(
            @PathVariable String studentId,
            @RequestParam String reference,
            @RequestParam BigDecimal amount,
            @RequestParam String payee,
            RedirectAttributes redirect) {
        return act(
                studentId,
                "Refund credit",
                "/refunds",
                Map.of("reference", reference, "amount", amount, "payee", payee),
                redirect);
    }

    private String act(String studentId, String action, String command, Object body, RedirectAttributes redirect) {
        var answer = services.post(Service.BILLING, body, "/api/v1/accounts/{id}" + command, studentId);
        redirect.addFlashAttribute("outcome", ActionOutcome.of(action, Service.BILLING, answer));
        return "redirect:/accounts/" + studentId;
    }
}
