package edu.lifecycle.admissions.application.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chain an admission request sets off, read back from its commands' ids by the status URL. */
class AdmissionDecisionCommandIdsTest {

    private static final String REQUEST = "jury-2026-stu-1";

    @Test
    void theFinalDecisionWaitsOnTheRequestThenThePlacement() {
        String placement = AdmissionDecisionCommandIds.placement(REQUEST);

        assertThat(AdmissionDecisionCommandIds.stepsBefore(AdmissionDecisionCommandIds.finalDecisionOfRequest(REQUEST)))
                .containsExactly(REQUEST, placement);
    }

    @Test
    void thePlacementWaitsOnTheRequest() {
        assertThat(AdmissionDecisionCommandIds.stepsBefore(AdmissionDecisionCommandIds.placement(REQUEST)))
                .containsExactly(REQUEST);
    }

    @Test
    void aRequestWithAColonInItsKeyIsReadWhole() {
        String request = "jury:2026:stu-1";

        assertThat(AdmissionDecisionCommandIds.stepsBefore(AdmissionDecisionCommandIds.finalDecisionOfRequest(request)))
                .first()
                .isEqualTo(request);
    }

    @Test
    void aClientsCommandAndABarePrefixWaitOnNothing() {
        assertThat(AdmissionDecisionCommandIds.stepsBefore(REQUEST)).isEmpty();
        assertThat(AdmissionDecisionCommandIds.stepsBefore(AdmissionDecisionCommandIds.placement("")))
                .isEmpty();
        assertThat(AdmissionDecisionCommandIds.stepsBefore(AdmissionDecisionCommandIds.finalDecisionOfRequest("")))
                .isEmpty();
    }
}
