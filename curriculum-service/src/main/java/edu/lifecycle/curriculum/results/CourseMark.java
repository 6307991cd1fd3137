package edu.lifecycle.curriculum.results;

import java.math.BigDecimal;

/** A student's standing mark in a course. */
public record CourseMark(BigDecimal mark, boolean passed) {}
