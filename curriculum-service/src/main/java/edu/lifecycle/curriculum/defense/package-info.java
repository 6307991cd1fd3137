/** The defense calendar: every defense awaiting its result by date, with room, jury and status. */
package edu.lifecycle.curriculum.defense;
