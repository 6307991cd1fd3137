/** Seats of a programme year: the per programme-year {@code Intake} aggregate that applies capacity and the waitlist. */
package edu.lifecycle.admissions.intake;
