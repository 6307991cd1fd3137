/** Agreements and contracts that have ended and await their tutor's validation, per programme year. */
package edu.lifecycle.placement.validation;
