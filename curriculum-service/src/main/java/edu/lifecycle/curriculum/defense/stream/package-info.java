/** The defense calendar, projected from {@code curriculum.events} into one calendar-wide store. */
package edu.lifecycle.curriculum.defense.stream;
