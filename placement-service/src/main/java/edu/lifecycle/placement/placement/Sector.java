package edu.lifecycle.placement.placement;

/** Sectors of the programme's career outcomes, after the careers description; also an internship host's sector. */
public enum Sector {
    STATE_CIVIL_SERVICE,
    TERRITORIAL_CIVIL_SERVICE,
    DEFENCE_INDUSTRY,
    CORPORATE_SECURITY,
    CONSULTING,
    SECURITY_SERVICES_COMPANY,
    INTERNATIONAL_ORGANISATION,
    THINK_TANK,
    OTHER
}
