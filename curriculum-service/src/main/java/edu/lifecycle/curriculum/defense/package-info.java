/** The defense calendar: upcoming defenses by date, with room and jury. */
package edu.lifecycle.curriculum.defense;
