package edu.lifecycle.admissions.cohort;

import java.time.LocalDate;

/**
 * What enrollment fixed. Stream and scheme stay the event's words: a symbol added to the contract later must not
 * make a student vanish from the roster.
 */
public record Registration(String stream, String scheme, LocalDate registeredOn) {}
