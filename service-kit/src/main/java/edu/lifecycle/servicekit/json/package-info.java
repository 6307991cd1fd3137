/** JSON for the kit's internal topics (commands, outcomes, aggregate state): one Jackson 3 mapper and its serde. */
package edu.lifecycle.servicekit.json;
