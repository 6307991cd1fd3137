package edu.lifecycle.servicekit.ledger.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A defect on purpose: what a user and an operator see of a 500. */
@RestController
class FailingController {

    @GetMapping("/api/v1/defect")
    String defect() {
        throw new IllegalStateException("a defect of the test ledger");
    }
}
