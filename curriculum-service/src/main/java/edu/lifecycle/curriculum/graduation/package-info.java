/** A student's graduation checklist: the four degree conditions, whether each holds, from which event and when. */
package edu.lifecycle.curriculum.graduation;
