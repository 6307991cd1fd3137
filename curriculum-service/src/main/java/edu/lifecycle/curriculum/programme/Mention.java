package edu.lifecycle.curriculum.programme;

/** The distinction a degree is awarded with, from the ECTS-weighted average. */
public enum Mention {
    TRES_BIEN,
    BIEN,
    ASSEZ_BIEN,
    PASSABLE
}
