/** curriculum-service: transcripts, grades and ECTS, the dissertation to its defense, and the degree. */
package edu.lifecycle.curriculum;
