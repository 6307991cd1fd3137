package edu.lifecycle.billing.account;

/** The student's scheme, as far as billing cares: an apprentice's employer pays. */
public enum TrainingScheme {
    INITIAL,
    APPRENTICESHIP;

    Payer payer() {
        return this == APPRENTICESHIP ? Payer.EMPLOYER : Payer.STUDENT;
    }
}
