/** Avro classes generated from the schemas of {@code billing.events}: tuition accounts, payments and refunds. */
package edu.lifecycle.events.billing;
