/** The defense calendar, projected from {@code curriculum.events} into one calendar-wide store, and read by pages. */
package edu.lifecycle.curriculum.defense.stream;
