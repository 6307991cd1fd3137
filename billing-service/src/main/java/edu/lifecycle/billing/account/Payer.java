package edu.lifecycle.billing.account;

/** Who pays the tuition: the student, or the employer of a work-study student. */
public enum Payer {
    STUDENT,
    EMPLOYER
}
