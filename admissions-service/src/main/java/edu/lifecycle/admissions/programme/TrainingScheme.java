package edu.lifecycle.admissions.programme;

/** How the year is followed: initial training, or work-study ("alternance") where an employer pays the tuition. */
public enum TrainingScheme {
    INITIAL,
    APPRENTICESHIP
}
