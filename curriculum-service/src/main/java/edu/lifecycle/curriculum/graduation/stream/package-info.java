/** The graduation checklists, projected from curriculum's, placement's and billing's public events. */
package edu.lifecycle.curriculum.graduation.stream;
