package edu.lifecycle.placement.placement;

/** An internship under an agreement, or work-study under an apprenticeship contract: both count as experience. */
public enum PlacementKind {
    INTERNSHIP,
    WORK_STUDY
}
