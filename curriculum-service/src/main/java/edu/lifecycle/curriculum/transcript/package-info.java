/** A student's transcript from enrollment to the degree: the per-student {@code Transcript} aggregate. */
package edu.lifecycle.curriculum.transcript;
