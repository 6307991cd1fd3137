package edu.lifecycle.curriculum.graduation.stream;

import edu.lifecycle.curriculum.graduation.GraduationReadiness;

/**
 * What a checklist change does to its programme year's readiness list, sent under the programme year's key.
 *
 * @param line the student's new line, {@code null} when the student has left this programme year (their transcript
 *     opened for another one)
 */
record ReadinessChange(String studentId, GraduationReadiness line) {}
