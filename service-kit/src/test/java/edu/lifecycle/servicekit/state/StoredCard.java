package edu.lifecycle.servicekit.state;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A stored record at its second version: version 1 (committed beside it) had a {@code legacyCode} since dropped, and
 * neither {@code holder} nor {@code visits}.
 */
record StoredCard(String id, BigDecimal balance, Optional<String> holder, int visits) {}
