/** Reference data of the curriculum: each programme's courses and ECTS, and the grading scale. */
package edu.lifecycle.curriculum.programme;
