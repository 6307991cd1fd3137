package edu.lifecycle.placement.placement;

/** Where an agreement or contract stands; whether it has ended depends on the day, so it is not a status. */
public enum PlacementStatus {
    SIGNED,
    ENDED_EARLY,
    VALIDATED
}
