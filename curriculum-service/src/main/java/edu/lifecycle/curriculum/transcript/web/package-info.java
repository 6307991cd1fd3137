/** REST for transcripts: grades, the dissertation and its defense as commands, the transcript as a query. */
package edu.lifecycle.curriculum.transcript.web;
